# Conformance: tuples: reprs (one-element and empty), nesting, concatenation and repetition,
# comparison item by item, hash values, count and index, tuple() from iterables, and errors.
print((), (1,), (1, 2), ((),), ((1,),), (None, True, "s", 1.5, [1], {2: 3}))
print(tuple(), tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple({"k": 1}), tuple((1,)))
t = (1, 2, 3)
print(t + (4,), (0,) + t, t * 2, 2 * t, t * 0, t * -3, () * 5, t + ())
print(t == (1, 2, 3), t != (1, 2), t < (1, 2, 4), t < (1, 2), t > (1, 2), (1, "a") < (1, "b"))
print((1, 2) == [1, 2], () < (0,), (2,) > (1, 100), (1, (2, 3)) < (1, (2, 4)))
for value in [(), (1,), (1, 2), (-1,), ("a", "b"), (1, (2, 3)), (None,), ((), ()), (0.5, -2)]:
    print(value, hash(value))
print(hash((1, 2)) == hash((1.0, 2)), hash((True,)) == hash((1,)))
u = (1, 2, 1, 3, 1)
print(u.count(1), u.count(9), u.index(3), u.index(1, 1), u.index(1, -1), u.index(1, 2, 5))
try:
    u.index(9)
except ValueError as exc:
    print("ValueError:", exc)
try:
    u.index(3, 0, 2)
except ValueError as exc:
    print("ValueError:", exc)
print(u[1:4], u[::-1], u[-2], 3 in u, 9 in u, len(u))
x, y, *rest = u
print(x, y, rest)
nested = ((1, 2), (3, (4, (5,))))
print(nested, nested[1][1][1][0], len(nested))
try:
    (1,) + [2]
except TypeError as exc:
    print("TypeError:", exc)
try:
    t[0] = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    del t[0]
except TypeError as exc:
    print("TypeError:", exc)
try:
    hash((1, [2]))
except TypeError as exc:
    print("TypeError:", exc)
try:
    (1, 2) * (2,)
except TypeError as exc:
    print("TypeError:", exc)
print({(1, 2): "a", (2, 1): "b"}[(2, 1)], {(1, 2), (1, 2), (2, 1)})
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max((1, 9), (2, 0)), min([(3,), (1, 2), (1,)]))
