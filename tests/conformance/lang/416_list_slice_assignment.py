# Conformance: assigning to and deleting list slices: growing and shrinking, assigning into an
# empty slice, extended slices (which need equal sizes), negative steps, assigning a list to a
# slice of itself, and CPython's error messages.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[2:2] = [100, 200, 300]
print(a)
a[:0] = "ab"
print(a)
a[-2:] = []
print(a)
a[5:2] = ["late"]
print(a)
a[100:] = [99]
print(a)
a[::2] = range(len(a[::2]))
print(a)
a[::-3] = ["r"] * len(a[::-3])
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[1:3]
print(a)
del a[:]
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
b[::-1] = b
print(b)
b[:] = (x * 2 for x in b)
print(b)
c = list(range(6))
for value in [[1, 2], [], "abcd"]:
    try:
        c[::2] = value
    except ValueError as exc:
        print("ValueError:", exc)
print(c)
try:
    c[1:3] = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    c[::2] = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    c[10] = 1
except IndexError as exc:
    print("IndexError:", exc)
try:
    del c[-10]
except IndexError as exc:
    print("IndexError:", exc)
c[-1] = "end"
c[0] = "start"
del c[2]
print(c)
d = list(range(20))
d[3:15:4] = "XYZ"
del d[::5]
print(d)
d[1::7] = [[], {}, ()]
print(d)
e = [0, 1, 2, 3, 4]
e[4:1:-1] = "abc"
print(e)
del e[10:20]
del e[3:1]
print(e)
