# Conformance: enumerate() with default and custom start (also negative and big), over any iterable,
# its laziness and its type.
for i, ch in enumerate("abc"):
    print(i, ch)
print(list(enumerate(["x", "y"], start=1)), list(enumerate("pq", 10)), list(enumerate([], 5)))
print(list(enumerate(range(3), -1)), list(enumerate("ab", 2 ** 64)))
e = enumerate({"k": 1, "j": 2})
print(type(e).__name__, next(e), list(e))
pairs = dict(enumerate("hey", 1))
print(pairs)
gen = (c.upper() for c in "lazy")
en = enumerate(gen)
print(next(en), next(en))
print([(i, v) for i, v in enumerate([10, 20, 30]) if i % 2 == 0])
for index, (a, b) in enumerate(zip("ab", "cd")):
    print(index, a + b)
try:
    enumerate(5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    enumerate("a", "1")
except TypeError as exc:
    print("TypeError:", exc)
