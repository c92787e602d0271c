# Conformance: changing a set's size while iterating over it raises RuntimeError; sets built from
# dicts, dict views and strings; membership with unhashable values.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(sorted(s))
t = {1, 2, 3}
try:
    for x in t:
        t.discard(x)
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(t)
u = {1, 2, 3}
for x in u:
    u.discard(x)
    u.add(x)
print(u)
d = {"one": 1, "two": 2, "three": 3, "four": 4}
print(set(d), set(d.values()), set(d.items()))
print(set(d.keys()) == set(d), frozenset(d.items()))
print(set(reversed(list(d))))
it = iter({10, 20, 30})
print(next(it), list(it), list(it))
try:
    [1] in {1, 2}
except TypeError as exc:
    print("TypeError:", exc)
try:
    {1, 2}.add([3])
except TypeError as exc:
    print("TypeError:", exc)
try:
    {1, 2}.discard({})
except TypeError as exc:
    print("TypeError:", exc)
print({1, 2}.discard(frozenset()), {frozenset()} - {frozenset()})
print(len({i % 7 for i in range(1000)}), 3 in {i % 7 for i in range(100)})
