# Conformance: starred assignment targets and starred expressions in displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z, type(mid).__name__)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,), "ab"]:
    print(head, tail)
merged = [*range(3), *"ab", *(9,)]
print(merged)
t = (*merged[:2], 100)
print(t)
s = {*[1, 2], *[2, 3]}
print(sorted(s))
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
try:
    x, *y, z = [1]
except ValueError as exc:
    print("ValueError:", exc)
