# Conformance: frozenset reprs, hashes (CPython's algorithm, so they also order sets of
# frozensets), frozensets as dict keys, and a set used as a key being looked up as a frozenset.
f = frozenset({1, 2, 3})
print(f, hash(f), hash(frozenset()), hash(frozenset({1, 2, 3})) == hash(f))
print(hash(frozenset({"a", "b"})), hash(frozenset(range(10))))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({frozenset({1})})))
print(frozenset(), frozenset([]), frozenset("aab"), frozenset(range(5)))
print(frozenset(f) is f, f.copy() is f)
nested = {frozenset({1}), frozenset({1, 2}), frozenset({2}), frozenset(), frozenset({3, 4, 5})}
print(nested)
print(frozenset({1, 2}) in nested, {1, 2} in nested, {9} in nested)
nested.remove({1, 2})
nested.discard({3, 4, 5})
print(nested)
try:
    nested.remove({7})
except KeyError as exc:
    print("KeyError:", exc)
d = {frozenset({"x", "y"}): 1, frozenset({"z"}): 2}
print(d, d[frozenset({"y", "x"})])
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({2, 1}), frozenset({1}) != {1})
print(frozenset({1, 2}) | frozenset({3}), frozenset("ab") & set("bc"))
print(frozenset({(1, "a"), (2, "b")}))
try:
    hash({1, 2})
except TypeError as exc:
    print("TypeError:", exc)
try:
    {{1}}
except TypeError as exc:
    print("TypeError:", exc)
print({frozenset({i, i + 1}) for i in range(6)})
print({hash(frozenset({i})) for i in range(4)} == {hash(frozenset({i})) for i in range(4)})
