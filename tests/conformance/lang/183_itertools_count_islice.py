# Conformance: itertools.count (start, step, floats, negative) and islice (stop, start/stop/step,
# None), their laziness and reprs.
import itertools

c = itertools.count()
print(next(c), next(c), next(c), c)
print(list(itertools.islice(itertools.count(10), 5)))
print(list(itertools.islice(itertools.count(5, -2), 4)))
print(list(itertools.islice(itertools.count(0.5, 0.25), 4)), itertools.count(1.5, 0.5))
print(list(itertools.islice("abcdefgh", 2, 6)), list(itertools.islice("abcdefgh", 1, None, 3)))
print(list(itertools.islice(range(100), 0, 10, 4)), list(itertools.islice([1, 2], 5)), list(itertools.islice("ab", 0)))
produced = []
def gen():
    for i in itertools.count():
        produced.append(i)
        yield i
first_three = list(itertools.islice(gen(), 3))
print(first_three, produced)
it = iter(range(10))
print(list(itertools.islice(it, 3)), list(it))
for i, label in zip(itertools.count(1), ["one", "two"]):
    print(i, label)
try:
    itertools.islice("abc", -1)
except ValueError as exc:
    print("ValueError:", exc)
print(repr(itertools.count(3, 2)), repr(itertools.count(-1)))
