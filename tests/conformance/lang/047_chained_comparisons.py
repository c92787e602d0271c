# Conformance: chained comparisons evaluate each operand once and short-circuit left to right.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 > 3, 10 > x >= 5 == 5.0)
print(1 == 1 != 2, "a" < "b" < "c", x > 2 == 2, x is not None is not False)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(4) != v(0), calls)
print([1, 2] < [1, 3], (1, 2, 3) < (1, 2), "abc" < "abd", "Z" < "a", [] < [0])
print((1, "a") < (1, "b"), (2,) > (1, 99), [1, [2]] == [1, [2]])
print(x in [5, 6] in [[5, 6]], 0 < x not in (1, 2))
try:
    print(1 < "a")
except TypeError as exc:
    print("TypeError:", exc)
try:
    print([1] < (1,))
except TypeError as exc:
    print("TypeError:", exc)
try:
    print(None > None)
except TypeError as exc:
    print("TypeError:", exc)
print(1 == "1", None == 0, [] == (), {} == {}, {1, 2} == {2, 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), frozenset({1}) == {1})
