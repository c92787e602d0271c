# Conformance: list, tuple, dict and set displays: empties, singletons, trailing commas, nesting, dups.
print([], (), {}, set(), type({}).__name__)
print([1], (1,), {1}, {1: 1}, (1), type((1)).__name__)
print([1, 2,], (1, 2,), {1, 2,}, {"a": 1,})
t = 1, 2, 3
print(t, type(t).__name__)
print({"a": 1, "a": 2}, {1, 1, 1, 2}, {1: "int", True: "bool", 1.0: "float"})
print({True, 1, 1.0}, {0, False, 0.0})
nested = {"list": [1, (2, 3)], "tuple": ((),), "set": {4}, "dict": {"x": {}}}
print(nested)
print([[]] * 3, [(1, 2)] * 2, (0,) * 4, "ab" * 3, [None] * 0)
x = 2
print([x, x * 2, [x]], {x: x ** 2 for x in range(3)}, x)
print({"b": 1, "a": 2, "c": 3}, {"c", "b", "a"} == {"a", "b", "c"})
print(sorted({3, 1, 2}), {5, 3, 9, 1, 7, 11, 100, 64, 33})
print({"k": 1, **{}}, [*[], *()], {*()})
try:
    {[1]: 2}
except TypeError as exc:
    print("TypeError:", exc)
try:
    {{1}}
except TypeError as exc:
    print("TypeError:", exc)
