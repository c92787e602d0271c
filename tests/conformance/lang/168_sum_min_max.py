# Conformance: sum() with start, min()/max() over iterables and arguments, key=, default=, ties.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum([1.5, 2, True]), sum(range(101), start=-5050))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(x * x for x in range(4)))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([1, 2.5, 2]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([("a", 2), ("b", 3), ("c", 3)], key=lambda p: p[1]), min([("a", 2), ("b", 2)], key=lambda p: p[1]))
print(max([], default="empty"), min([], default=None), max([5], default=0), max(iter([]), key=len, default=-1))
print(max(3, 9, key=lambda x: -x), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([1, 1.0]), max([1.0, 1]), min([0, -0.0]), min([-0.0, 0]), max(True, 1), max(1, True))
try:
    max([])
except ValueError as exc:
    print("ValueError:", exc)
try:
    min()
except TypeError as exc:
    print("TypeError:", exc)
try:
    max(1, 2, default=0)
except TypeError as exc:
    print("TypeError:", exc)
try:
    sum(["a", "b"], "")
except TypeError as exc:
    print("TypeError:", exc)
try:
    max([1, "2"])
except TypeError as exc:
    print("TypeError:", exc)
