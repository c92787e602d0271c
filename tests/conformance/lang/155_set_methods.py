# Conformance: set methods and operators: add discard remove pop clear update union intersection
# difference symmetric_difference issubset issuperset isdisjoint copy, in-place operators.
# Iteration order of int and str sets follows CPython's hashing with PYTHONHASHSEED=0.
s = {3, 1, 4}
s.add(1)
s.add(5)
print(s, len(s))
s.discard(100)
s.discard(3)
s.remove(4)
print(s)
try:
    s.remove(42)
except KeyError as exc:
    print("KeyError:", exc)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2}.issubset(a), a.issuperset({1}), a > {1, 2}, a.isdisjoint({7, 8}), a.isdisjoint(b))
c = a.copy()
c |= {10}
c &= {1, 10, 3}
c -= {3}
c ^= {99, 1}
print(c, a)
c.update([7], "x")
print(sorted(c, key=str))
words = {"pear", "apple", "fig", "kiwi", "banana"}
print(words)
print(sorted(words), "fig" in words, len(words))
print({x % 10 for x in range(25)}, {-1, -5, 0, 7, 1000, 2 ** 40})
p = {10, 20}
print(p.pop(), p.pop(), p)
try:
    p.pop()
except KeyError as exc:
    print("KeyError:", exc)
c.clear()
print(c, set() == frozenset(), {1, 2} == {2, 1})
try:
    {1} + {2}
except TypeError as exc:
    print("TypeError:", exc)
