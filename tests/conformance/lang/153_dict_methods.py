# Conformance: dict methods: get setdefault pop popitem update keys values items copy clear
# fromkeys, views (live, set operations), |, |=, in, len, del, equality and errors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d)
keys = d.keys()
print(keys, d.values(), d.items())
d["new"] = 0
print("views are live:", keys, len(keys), "new" in keys)
print(keys & {"a", "q"}, sorted(keys | {"q"}), keys - {"a"}, list(d.items())[0])
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 3})
e = {"k": 1}
e |= {"j": 2}
print(e)
print(dict.fromkeys(["x", "y"], []), {1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
print(list(reversed(e)), list(e), [k for k in e], 1 in {1: 0}, 0 in {1: 0})
e.clear()
print(e, len(e))
try:
    {}.popitem()
except KeyError as exc:
    print("KeyError:", exc)
try:
    {"a": 1}.pop("b")
except KeyError as exc:
    print("KeyError:", exc)
try:
    for k in d:
        d["added during iteration"] = 1
except RuntimeError as exc:
    print("RuntimeError:", exc)
