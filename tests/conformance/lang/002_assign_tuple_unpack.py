# Conformance: tuple/list unpacking in assignment and for targets, nested unpacking, swaps.
a, b = 1, 2
print(a, b)
a, b = b, a
print("swapped", a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [42]
print(h)
for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)
x = y = [0, 1]
x[0], x[1] = x[1], x[0]
print(x, y, x is y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
try:
    p, q = 1, 2, 3
except ValueError as exc:
    print("ValueError:", exc)
try:
    p, q, r = [1, 2]
except ValueError as exc:
    print("ValueError:", exc)
try:
    p, q = 7
except TypeError as exc:
    print("TypeError:", exc)
