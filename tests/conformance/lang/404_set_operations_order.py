# Conformance: results of set operations print in CPython's order, which depends on which operand
# the operation walks (the smaller one for &, the left one for -, a copy of the left one for |).
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
c = {100, 3, 5, 200, 15}
print(a | b)
print(b | a)
print(a & b, b & a)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
print(a | b | c)
print(a & c, c & a)
print(a.union(b, c, [7, 8, 9]))
print(a.intersection(b, c))
print(a.intersection([30, 15, 0, 999]))
print(a.difference(b, c))
print(a.difference([0, 3, 6]))
print(a.symmetric_difference([1, 2, 3, 4]))
print(a.union())
print(a.intersection())
print(a.difference())
small = {1, 2}
big = set(range(50))
print(small - big, big - small == set(range(3, 50)))
print(big & small, small & big)
print(len(big - small), sorted(big - small)[:5])
print(set("abcdef") - set("bdf"))
print(set("abcdef") & set("fedcba"))
print(set("abc") | set("xyz") | set("b"))
print(set("abc") ^ set("cde"))
d = {"x": 1, "y": 2, "z": 3}
print(set("xyzw") - d.keys(), set("xyzw").difference(d))
print(set("wx").union(d), set("xyzw").intersection(d))
print(set("xyzw").symmetric_difference(d))
e = set(range(10))
e |= {20, 30}
print(e)
e &= set(range(5, 25))
print(e)
e -= {6, 7}
print(e)
e ^= {8, 100, 101}
print(e)
e.update([1, 2], (3,), {4: "four"})
print(e)
e.intersection_update(range(0, 200, 2))
print(e)
e.difference_update([100], {2, 4})
print(e)
e.symmetric_difference_update({1, 8, 9})
print(e)
try:
    {1} | [2]
except TypeError as exc:
    print("TypeError:", exc)
try:
    e |= [2]
except TypeError as exc:
    print("TypeError:", exc)
f = frozenset({1, 2, 3})
print(f | {4}, {4} | f, f & {2}, f - {1}, f ^ {3, 4})
print(type(f | {4}).__name__, type({4} | f).__name__)
