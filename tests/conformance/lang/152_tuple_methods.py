# Conformance: tuple operations and methods: count, index, concatenation, repetition, comparison,
# immutability, hashing, and tuples holding mutable items.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(3), t.index(1, 1), len(t))
print(t + (4,), t * 2, (0,) * 3, () + (), t[1:4], t[::-1])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), (1,) != [1])
print(hash((1, "a")) == hash((1, "a")), {(1, 2): "tuple key"}[(1, 2)])
holder = ([1], "x")
holder[0].append(2)
print(holder)
try:
    hash(holder)
except TypeError as exc:
    print("TypeError:", exc)
try:
    t.append(4)
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    t.index(9)
except ValueError as exc:
    print("ValueError:", exc)
a, b, *c = t
print(a, b, c)
print(tuple(x * 2 for x in t), max(t), min(t), sum(t), sorted(t), 3 in t)
single = 5,
print(single, type(single).__name__, (5), type((5)).__name__)
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair], dict(nested))
print(tuple.__name__, (1, 2).__len__(), ((),), ((), ()))
