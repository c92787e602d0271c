# Conformance: a StopIteration raised while a built-in drives an iterator ends that iteration
# (list, tuple, map, filter, zip, sum, sorted, for loops, unpacking), while next() passes the
# generator's return value on in StopIteration.value and next(it, default) swallows it.
def counted(n, result):
    for i in range(n):
        yield i
    return result


def stop_at(limit):
    def step(x):
        if x >= limit:
            raise StopIteration("past the limit")
        return x * 10
    return step


print(list(counted(3, "done")), tuple(counted(2, None)), sum(counted(5, 99)))
print(list(map(stop_at(3), range(10))), sorted(map(stop_at(2), [5, 1, 0])))
print(list(filter(lambda x: x < 3 or next(iter([])), range(10))))
print(list(zip(counted(4, "a"), counted(2, "b"))))
a, b, c = counted(3, "unused")
print(a, b, c)
for x in map(stop_at(2), range(5)):
    print("loop", x)
g = counted(1, "the value")
print(next(g))
try:
    next(g)
except StopIteration as exc:
    print("StopIteration.value =", repr(exc.value), exc.args)
print(next(counted(0, "x"), "default"), next(iter([]), "empty"))
m = map(stop_at(1), [0, 5, 0])
print(next(m))
try:
    next(m)
except StopIteration as exc:
    print("next() on map:", repr(exc))
print(list(m))
