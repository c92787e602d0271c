# Conformance: frozenset: immutability, hashability (as dict keys and set members), operators
# returning frozensets, comparisons with sets, and repr.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(f | {9}, f & {1, 2}, f - {1}, f ^ {1, 7}, type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, f <= {1, 2, 3, 4}, f.issubset(range(5)), f.union([4]), f.copy() is f)
d = {frozenset({"a", "b"}): "pair", frozenset(): "empty"}
print(d[frozenset({"b", "a"})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested)
try:
    f.add(4)
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    {{1}: "set key"}
except TypeError as exc:
    print("TypeError:", exc)
print(hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(frozenset("hello") == set("helo"), sorted(frozenset("hello")), frozenset(), frozenset(range(3)))
print(repr(frozenset({frozenset({1})})), set(f), frozenset(f) is f)
