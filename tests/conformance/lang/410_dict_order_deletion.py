# Conformance: dicts iterate in insertion order; a deleted and re-inserted key moves to the end;
# assigning to an existing key keeps its place; popitem() takes the last item; dict equality
# ignores order.
d = {}
for k in ["b", "a", "d", "c"]:
    d[k] = len(d)
print(d, list(d), list(d.values()))
d["a"] = 100
print(d)
del d["b"]
d["b"] = -1
print(d)
d.update({"z": 26, "a": 1})
print(d)
d.update([("y", 25), ("c", 3)], x=24)
print(d)
print(d.popitem(), d.popitem(), d)
d.setdefault("new", [])
d.setdefault("a", "ignored")
print(d)
print(d.pop("d"), d.pop("missing", "default"), d)
e = dict(d)
print(e == d, e is d, list(e) == list(d))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: "a"} != {1: "b"})
squares = {n: n * n for n in range(8)}
for n in range(0, 8, 2):
    del squares[n]
print(squares)
squares[0] = 0
squares[4] = 16
print(squares)
big = {i: str(i) for i in range(50)}
for i in range(45):
    del big[i]
big["last"] = True
print(big)
print(dict.fromkeys("hello"), dict.fromkeys(range(3), 0))
print(dict(zip("abc", range(3))), dict([("k", "v")], k2="v2"))
print(dict(a=1, b=2) | {"b": 3, "c": 4}, {"c": 4} | dict(a=1))
f = {"x": 1}
f |= {"y": 2}
f |= [("z", 3)]
print(f)
print({True: "yes", 1: "one", 1.0: "float"})
print({(1, 2): "tuple", frozenset({1}): "fs", None: "none", 2.5: "float"})
g = {}
g[3] = "c"
g[1] = "a"
g[2] = "b"
print(g, sorted(g), sorted(g.items(), reverse=True))
