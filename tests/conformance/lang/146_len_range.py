# Conformance: len() of every built-in container, and range(): arguments, negative steps, len,
# indexing, slicing, membership, equality, repr and errors.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(frozenset()), len(b"xy"), len(range(10)))
print(range(5), range(2, 5), range(0, 10, 3), range(5, 0, -1), range(0))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0, -5, -2)))
print(list(range(5, 2)), list(range(-3)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 2)))
r = range(10, 30, 5)
print(r[0], r[-1], r[1:3], r[::-1], r.start, r.stop, r.step, r.index(20), r.count(15))
print(20 in r, 21 in r, 30 in r, -5 in range(-10, 0, 5))
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 5), range(0, 4, 2) == range(0, 3, 2), list(range(0, 4, 2)))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20))
try:
    len(range(10 ** 20))
except OverflowError as exc:
    print("OverflowError:", exc)
print(sum(range(101)), max(range(7)), list(reversed(range(3))), sorted(range(3), reverse=True))
try:
    range(0, 10, 0)
except ValueError as exc:
    print("ValueError:", exc)
try:
    range("5")
except TypeError as exc:
    print("TypeError:", exc)
try:
    r.index(11)
except ValueError as exc:
    print("ValueError:", exc)
try:
    range()
except TypeError as exc:
    print("TypeError:", exc)
for i in range(3, -1, -1):
    print(i, end=" ")
print()
