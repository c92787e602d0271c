# Conformance: protocols a class can implement beyond the basics: __getattr__ as a fallback,
# __getitem__-only iteration and `in`, __len__ deciding truth, __index__ in slices and range,
# __format__ with a spec, __missing__ on a dict subclass, __reversed__, __hash__ = None making
# instances unhashable, __contains__ returning a non-bool, __call__ with keywords, __iadd__
# versus __add__, __neg__/__abs__/__invert__, __round__, __bool__ returning a non-bool.
class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        return f"<{name} via proxy>"


p = Proxy([1])
print(p.target, p.anything, getattr(p, "other"))


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 5 in Squares(), list(reversed([*Squares()])))


class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Bag(0)), bool(Bag(2)), "empty" if not Bag(0) else "full")


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30, 40][Idx()], "abcdef"[Idx():], list(range(Idx())), hex(Idx()), bin(Idx()))


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "") + "F"
        return format(self.c, spec) + "C"


print(f"{Temp(21.5):.1F} {Temp(21.5):.2f} {Temp(3)}", format(Temp(0), "F"))


class Defaults(dict):
    def __missing__(self, key):
        return key.upper()


d = Defaults(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n, 0, -1))

    def __reversed__(self):
        return iter(range(1, self.n + 1))


print(list(Countdown(3)), list(reversed(Countdown(3))))


class NoHash:
    __hash__ = None

    def __eq__(self, other):
        return True


try:
    {NoHash()}
except TypeError as exc:
    print("TypeError:", exc)


class Weird:
    def __contains__(self, item):
        return item * 2

    def __bool__(self):
        return True

    def __call__(self, *args, **kwargs):
        return args, sorted(kwargs)


w = Weird()
print(3 in w, 0 in w, w(1, b=2, a=1))


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])

    def __iadd__(self, other):
        self.xs = [a + b for a, b in zip(self.xs, other.xs)]
        return self

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.xs))

    def __round__(self, n=None):
        return Vec(*[round(a, n) for a in self.xs])

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"


v = Vec(3, 4)
alias = v
v += Vec(1, 1)
print(v, alias is v, v + Vec(1, 1), -v, abs(Vec(3, 4)), ~v, round(Vec(1.26, 2.5), 1), round(Vec(1.5, 2.5)))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as exc:
    print("TypeError:", exc)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as exc:
    print("ValueError:", exc)
