# Conformance: slicing lists, tuples and strs with every kind of bound: negative, out of range,
# huge, None, negative steps; slice objects, their repr and attributes, and slice.indices().
a = list(range(10))
t = tuple(a)
s = "abcdefghij"
cases = [
    (None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None),
    (2, 8, 2), (8, 2, -1), (None, None, -1), (None, None, -3), (-1, -11, -2), (100, None, None),
    (-100, 100, None), (3, 3, None), (5, 2, None), (1, -1, 4), (None, None, 20), (9, None, -4),
    (2**70, None, None), (-(2**70), 2**70, 3), (None, None, 2**70), (None, None, -(2**70)),
]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    print(sl, a[sl], t[sl], s[sl], sl.indices(10))
print(a[::2][::-1], a[1:][1:][1:], t[-1:], t[:0], s[::-1])
print(slice(3), slice(1, 2), slice(1, 2, 3), slice("a", [1], None))
sl = slice(1, 10, 3)
print(sl.start, sl.stop, sl.step, slice(5).start, slice(5).stop)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
print(slice(None, None, -1).indices(0), slice(-5, 5).indices(3), slice(2**80).indices(2**90))
for bad in [slice(None, None, 0), slice("x", None), slice(1.5, 2)]:
    try:
        a[bad]
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
try:
    slice(1, 2).indices(-1)
except ValueError as exc:
    print("ValueError:", exc)
try:
    hash(slice(1, 2))
except TypeError as exc:
    print("TypeError:", exc)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(a[Index(2):Index(-2)], a[Index(3)], t[Index(-1)], a[: Index(2**80)])
for i in [10, -11, 2**70]:
    try:
        a[i]
    except IndexError as exc:
        print("IndexError:", exc)
try:
    t[10]
except IndexError as exc:
    print("IndexError:", exc)
try:
    a["1"]
except TypeError as exc:
    print("TypeError:", exc)
try:
    t[1.0]
except TypeError as exc:
    print("TypeError:", exc)
