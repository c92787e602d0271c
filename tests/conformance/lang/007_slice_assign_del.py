# Conformance: slice assignment (growing, shrinking, extended), slice deletion, and their errors.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:] = a[::-1]
print(a)
b = list(range(10))
b[::2] = "ABCDE"
print(b)
del b[::3]
print(b)
del b[-2:]
print(b)
c = [1, 2, 3]
c[5:] = [9]
print(c)
c[-100:1] = []
print(c)
try:
    b[::2] = [1, 2, 3]
except ValueError as exc:
    print("ValueError:", exc)
try:
    c[0:1] = 5
except TypeError as exc:
    print("TypeError:", exc)
s = slice(1, None, 2)
print(s, list(range(8))[s], s.start, s.stop, s.step)
print(slice(3), slice(None, None, -1).indices(5))
