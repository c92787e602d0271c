# Conformance: zip(): shortest wins, zero/one/many iterables, strict=True errors, unzipping, laziness.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("ab", "cd", "ef")))
names, ages = zip(*[("ann", 30), ("bo", 25)])
print(names, ages)
print(dict(zip(["a", "b"], [1, 2])), list(zip(range(3), range(10, 13), range(20, 23))))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2, 3], [4]), ([1], [2, 3]), ([], [1])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as exc:
        print("ValueError:", exc)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as exc:
    print("ValueError:", exc)
consumed = []
def tracked(n):
    for i in range(n):
        consumed.append(i)
        yield i
list(zip(tracked(5), "ab"))
print("zip pulled from the first iterable:", consumed)
z = zip("xy", [1, 2])
print(type(z).__name__, next(z), list(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(row) for row in zip(*matrix)])
try:
    zip(1, [2])
except TypeError as exc:
    print("TypeError:", exc)
