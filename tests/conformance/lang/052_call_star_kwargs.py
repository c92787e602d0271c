# Conformance: calls with *iterables and **mappings, mixing positional and keyword, and their errors.
def f(a, b, c=3, *rest, d=4, **kw):
    return (a, b, c, rest, d, kw)
args = [1, 2]
kwargs = {"d": 40, "e": 50}
print(f(*args))
print(f(*args, **kwargs))
print(f(*range(5)))
print(f(0, *"xy", *(7,), e=1))
print(f(**{"a": "A", "b": "B"}))
print(f(*[1], **{"b": 2}, c=30))
print(f(1, 2, 3, *[4, 5], 6, d=0))
def g(x, y):
    return x - y
pairs = [(5, 3), (10, 4)]
print([g(*p) for p in pairs], g(**{"y": 1, "x": 9}))
print(max(*[3, 9, 2]), print(*[], sep="never used"))
try:
    g(*[1, 2, 3])
except TypeError as exc:
    print("TypeError:", exc)
try:
    g(**{"x": 1, "z": 2})
except TypeError as exc:
    print("TypeError:", exc)
try:
    g(*5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    g(**[1, 2])
except TypeError as exc:
    print("TypeError:", exc)
try:
    g(1, **{"x": 2})
except TypeError as exc:
    print("TypeError:", exc)
try:
    g(**{1: 2})
except TypeError as exc:
    print("TypeError:", exc)
