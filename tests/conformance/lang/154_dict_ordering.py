# Conformance: dicts keep insertion order: re-assignment keeps the position, delete + re-insert moves
# to the end, update and comprehension order, ordering of keys of mixed types, equality ignores order.
d = {}
for key in ["banana", "apple", 3, (1, 2), "cherry", 1.5, None]:
    d[key] = str(key)
print(d)
d["banana"] = "updated"
print(list(d))
del d["apple"]
d["apple"] = "re-added"
print(list(d))
d.update({"cherry": 0, "date": 1})
print(list(d.items())[-3:])
print(list({k: None for k in "hello world"}))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({3: "c", 1: "a", 2: "b"}, sorted({3: "c", 1: "a", 2: "b"}))
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}))
first = next(iter(d))
print("first key:", first, "last key:", list(d)[-1])
merged = {**{"x": 1, "y": 2}, **{"y": 20, "z": 30}}
print(merged)
popped = {"p": 1, "q": 2, "r": 3}
print(popped.popitem(), popped)
