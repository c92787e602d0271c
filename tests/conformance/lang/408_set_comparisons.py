# Conformance: set comparisons are subset tests; issubset/issuperset/isdisjoint accept any
# iterable; comparing a set with a non-set raises TypeError with CPython's message.
a = {1, 2, 3}
b = {1, 2, 3, 4}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, a < a, a <= a, a == {3, 2, 1})
print(a.issubset(b), a.issubset([1, 2, 3]), a.issubset(range(3)), a.issuperset([1, 1, 2]))
print(a.isdisjoint([4, 5]), a.isdisjoint((3,)), set().isdisjoint(a), a.isdisjoint(a))
print({1, 2} < {3, 4}, {1, 2} > {3, 4}, {1, 2} == {3, 4})
print(set() < a, set() <= set(), frozenset() == set())
print(set("abc") <= set("abcd"), frozenset("ab") < set("abc"))
for other in ([1, 2], (1,), "ab", 5):
    try:
        print(a < other)
    except TypeError as exc:
        print("TypeError:", exc)
print(a == [1, 2, 3], a != (1, 2, 3))
it = iter([1, 2, 3, 4])
print(a.issubset(it), list(it))
it = iter([5, 1, 2])
print(a.issuperset(it), list(it))
it = iter([7, 1, 8, 9])
print(a.isdisjoint(it), list(it))
it = iter([1, 2, 3, 4, 5])
print(a.intersection(it), list(it))
