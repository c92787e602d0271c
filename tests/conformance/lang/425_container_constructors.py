# Conformance: building containers with their constructors from every kind of iterable,
# copying, and the argument errors the constructors raise.
def gen(n):
    for i in range(n):
        yield i * 2


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


for make in (list, tuple, set, frozenset):
    print(make.__name__, make(), make([3, 1, 2]), make("aba"), make(gen(3)), make({"k": 1, "j": 2}),
          make(range(3)), make(Seq()), make({3: None, 1: None}.keys()))
print(dict(), dict(a=1), dict([("a", 1)]), dict({"a": 1}, b=2), dict(zip("ab", "cd")))
print(dict(((1, 2), [3, 4], "56")), dict({}.items()), dict(dict(x=1).items()))
original = [1, [2]]
shallow = list(original)
shallow[1].append(3)
shallow.append(4)
print(original, shallow, list(original) is original, tuple(tuple(original)) == tuple(original))
t = (1, 2)
print(tuple(t) is t, frozenset(frozenset({1})) == frozenset({1}))
for call in [lambda: list(1, 2), lambda: tuple(1, 2), lambda: set(1, 2), lambda: frozenset(1, 2),
             lambda: dict(1, 2), lambda: list(x=1), lambda: tuple(x=1), lambda: set(x=1),
             lambda: frozenset(x=1), lambda: list(5), lambda: tuple(None), lambda: set(3.5),
             lambda: dict(5)]:
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
print(list({1: 2}.values()), tuple(reversed([1, 2, 3])), set(enumerate("ab")), list(map(str, (1, 2))))
print(sorted(set("hello")), list(dict.fromkeys("hello")), "".join(dict.fromkeys("mississippi")))
nested = [list(range(i)) for i in range(4)]
print(nested, [tuple(x) for x in nested], {len(x): x for x in nested})
print(list(list(list([1]))), tuple([[]]), set([()]), frozenset([frozenset()]))
