# Conformance: sets mixing ints, floats, strs, bools, tuples and frozensets; equal values of
# different types (1, 1.0, True) count once and keep the first one added.
print({1, "1", 1.5, (1,), "a", 2.25})
print({1, 1.0, True})
print({True, 1, 1.0})
print({0, False, 0.0, "", ()})
print({1.5, 2.5, 3.5, -0.5, 0.1, 100.25})
print({(1, 2), (2, 1), (1, 2, 3), (), ("a", 1)})
print({frozenset({1, 2}), frozenset(), frozenset({"x"})})
print({3, "three", (3,), 3.0, "3"})
mixed = set()
for item in [5, "five", 5.5, (5, 5), "v", 55, -5, "negative five"]:
    mixed.add(item)
    print(mixed)
print({float(i) / 4 for i in range(-8, 9)})
print({None, 1, 2})
