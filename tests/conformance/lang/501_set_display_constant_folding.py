# Conformance: a set display of three or more constants is built from a folded frozenset (as
# CPython's compiler does), so its printed order can differ from a set built item by item;
# `for x in {...}` and `x in {...}` iterate a frozenset constant. Folded operands (-1, 2**40,
# tuples of constants, "ab" * 3) count as constants; names and calls do not.
one, two = 1, 2
print({8, 16, 24, 32, 0})
print({one * 8, 16, 24, 32, 0})
print(set([8, 16, 24, 32, 0]))
print({x for x in (8, 16, 24, 32, 0)})
for x in {8, 16, 24, 32, 0}:
    print(x, end=" ")
print()
print([x for x in {8, 16, 24, 32, 0}])
print(24 in {8, 16, 24, 32, 0}, 5 not in {8, 16, 24, 32, 0})
print({-1, -2, -3, 2**40, 2**40 + 1, ~7})
print({(1, 2), (2, 1), ("a", 1), (1, 2, 3), (), ((1,), 2)})
print({"ab" * 3, "x" + "y", "q"[0], "fold", "me"})
print({None, 1, 2, 3, (None,), (None, None)})
print({True, 2, 3.5, -0.0, "s", b"b", ...})
print({1.5, 2.25, -7.75, 1e100, 0.1, 1 / 3})
s = {0, 8, 16, 24, 32, 40, 48, 56, 64}
print(s, len(s))
print(frozenset({8, 16, 24, 32, 0}))
t = (1, 2, 3)
u = (1, 2, 3)
print(t is u, (1, 2) == (1, 2))
print(hash((None,)), hash((None, 1)), hash(range(1, 2)), hash(None) == hash(None))
