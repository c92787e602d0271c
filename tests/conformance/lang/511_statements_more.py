# Conformance: statements in less common shapes: with several context managers, for/while
# else with break, try/finally overriding return, nested functions with nonlocal and global,
# star-unpacking in for targets and assignments, del of slices and attributes, __slots__,
# class bodies that use earlier class attributes, decorators with arguments, chained and
# augmented assignment to subscripts and attributes.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def make():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total
    return add


add = make()
print(add(2), add(3), bump(), bump(), counter)


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name)


with Ctx("a") as a, Ctx("b") as b:
    print("body", a, b)

for first, *rest in [(1, 2, 3), (4,), ("x", "y")]:
    print(first, rest)
*head, tail = range(5)
print(head, tail)
x = y = [0, 1, 2, 3, 4, 5]
del x[1:4:2]
print(x, y is x)
x[0] += 10
x[-1] *= 3
print(x)

for i in range(3):
    if i == 5:
        break
else:
    print("for else ran")
n = 0
while n < 10:
    n += 3
    if n == 6:
        break
else:
    print("not printed")
print("n =", n)


def finally_wins():
    try:
        return "try"
    finally:
        return "finally"


print(finally_wins())


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
try:
    s.c = 3
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    print(s.b)
except AttributeError as exc:
    print("AttributeError:", exc)
del s.a
print(hasattr(s, "a"))


def tag(label):
    def deco(fn):
        def inner(*args, **kwargs):
            return f"<{label}>{fn(*args, **kwargs)}</{label}>"
        return inner
    return deco


@tag("b")
@tag("i")
def word(w):
    return w


print(word("hi"))


class Config:
    base = 10
    doubled = base * 2
    names = [base + i for i in range(2)]


print(Config.doubled, Config.names)
obj = Config()
obj.value = obj.other = 5
obj.value += 1
print(obj.value, obj.other, vars(obj))
del obj.value
print(vars(obj))
assert Config.base == 10, "unreachable"
try:
    assert Config.base == 11, f"base is {Config.base}"
except AssertionError as exc:
    print("AssertionError:", exc)
