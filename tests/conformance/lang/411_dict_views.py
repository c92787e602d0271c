# Conformance: keys(), values() and items() views: reprs, live updates, len and membership,
# reversed(), set operations on keys and items views, comparisons and isdisjoint.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, "z" in k)
d["d"] = 4
del d["a"]
print(k, v, i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(k & {"b", "x"}, k | {"x"}, k - {"b"}, k ^ {"b", "y"})
print({"b", "x"} & k, ["x"] | k, {"b", "c", "q"} - k, ("y",) ^ k)
print(i & {("b", 2), ("c", 4)}, i - {("b", 2)}, i | [("z", 0)])
e = {"b": 2, "c": 30, "e": 5}
print(i ^ e.items())
print(k & e.keys(), k - e.keys(), k ^ e.keys(), k | e.keys())
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], k < {"b", "c", "d", "e"}, k >= {"b"})
print(i == {("b", 2), ("c", 3), ("d", 4)}, i <= d.items(), v == v, v == d.values())
print(k.isdisjoint({"x", "y"}), k.isdisjoint(["b"]), i.isdisjoint([("b", 2)]))
print(sorted(k), sorted(v), sorted(i))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(list(k), list(v), list(i), tuple(k))
empty = {}
print(empty.keys(), empty.values(), empty.items(), list(reversed(empty.items())))
for key, value in d.items():
    print(key, value, end="; ")
print()
try:
    ["unhashable"] in k
except TypeError as exc:
    print("TypeError:", exc)
print([1] in i, (1,) in i, ("b", 2, 3) in i, ["b", 2] in i)
try:
    ([1], 2) in i
except TypeError as exc:
    print("TypeError:", exc)
try:
    for key in k:
        d[key + key] = 0
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(d)
nested = {"x": {"y": [1, {"z": ()}]}}
print(nested.items(), nested.values())
