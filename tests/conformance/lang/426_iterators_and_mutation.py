# Conformance: the built-in iterator objects: types, exhaustion, list iterators seeing appends
# and removals made during the loop, reversed() over lists and ranges, and iter() over objects
# that only have __getitem__.
items = [1, 2, 3]
it = iter(items)
print(type(it).__name__, next(it), list(it), list(it), next(it, "empty"))
seen = []
lst = [1, 2, 3]
for x in lst:
    seen.append(x)
    if x < 3:
        lst.append(x + 10)
print(seen, lst)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print(list(r))
lst = [1, 2, 3]
r = reversed(lst)
next(r)
lst.clear()
print(list(r))
print(type(iter(())).__name__, type(iter(set())).__name__, type(iter({})).__name__)
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__)
print(type(iter(range(3))).__name__, type(iter(range(2**64))).__name__, type(reversed(range(2))).__name__)


class Squares:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError("done")
        return i * i


sq = iter(Squares())
print(type(sq).__name__, list(sq), 16 in Squares(), 17 in Squares())


class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "x%d" % i


print(list(Stop()), [c for c in Stop()])
countdown = [3]


def tick():
    countdown[0] -= 1
    return countdown[0]


print(list(iter(tick, 0)))
t = (1, 2, 3)
ti = iter(t)
print(next(ti), tuple(ti))
d = {"a": 1, "b": 2}
di = iter(d.items())
print(next(di), list(di))
print(list(zip([1, 2, 3], "ab")), list(enumerate(reversed(range(3)))))
