# Conformance: unpacking assignment from every kind of iterable, star targets, nested targets,
# and CPython's messages when the counts do not match or the value is not iterable.
a, b = [1, 2]
c, d = "xy"
e, f = (i * i for i in range(2))
g, h = {"k1": 1, "k2": 2}
i, j = {5}, {6: 7}.items()
print(a, b, c, d, e, f, g, h, i, j)
(k, l), m = (1, 2), 3
n, (o, (p, q)) = 1, (2, (3, 4))
print(k, l, m, n, o, p, q)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
x, *y, z = 1, 2
print(x, y, z)
*everything, = (1, 2, 3)
print(everything)
for w1, w2 in [(1, "a"), (2, "b")]:
    print(w1, w2, end=" ")
print()
for idx, (p1, p2) in enumerate(["ab", "cd"]):
    print(idx, p1, p2, end=" ")
print()


def attempt(fn):
    try:
        fn()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)


def two(v):
    a, b = v


def three(v):
    a, b, c = v


def star(v):
    a, b, *c, d = v


attempt(lambda: two([1, 2, 3]))
attempt(lambda: two([1]))
attempt(lambda: two(()))
attempt(lambda: three("ab"))
attempt(lambda: three(iter([1, 2, 3, 4])))
attempt(lambda: two(5))
attempt(lambda: two(None))
attempt(lambda: star([1, 2]))
attempt(lambda: star("abc"))
attempt(lambda: star(7))
attempt(lambda: star(range(4)))
print(star(range(10)))
swap1, swap2 = 1, 2
swap1, swap2 = swap2, swap1
print(swap1, swap2)
lst = [0, 0, 0]
lst[0], lst[1:] = "z", "yx"
print(lst)
