# Conformance: collections.defaultdict: factories (list, int, set, lambda, None), missing-key
# insertion, get() not inserting, repr, default_factory attribute, KeyError without a factory.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], "z" in groups, len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts)
print(counts.get("q"), "q" in counts, counts.get("q", 0))
unique = defaultdict(set)
unique["a"].add(1)
unique["a"].add(1)
print(unique, unique.default_factory)
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(root["a"]["b"])
none_factory = defaultdict(None, {"x": 1})
print(none_factory, none_factory.default_factory)
try:
    none_factory["missing"]
except KeyError as exc:
    print("KeyError:", exc)
labelled = defaultdict(lambda: "unknown")
print(labelled["who"], dict(labelled))
print(isinstance(groups, dict), type(groups).__name__, defaultdict(int, a=1))
try:
    defaultdict(5)
except TypeError as exc:
    print("TypeError:", exc)
