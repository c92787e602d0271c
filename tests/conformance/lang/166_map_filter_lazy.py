# Conformance: map() and filter() are lazy single-use iterators; multiple iterables for map;
# filter(None, ...) keeps truthy items.
log = []
def double(x):
    log.append(x)
    return x * 2
m = map(double, [1, 2, 3])
print(type(m).__name__, log)
print(next(m), log)
print(list(m), log, list(m))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(map(str, range(3))), list(map(len, ["a", "bb", ""])), list(map(int, "123")))
def is_even(n):
    print("  test", n)
    return n % 2 == 0
f = filter(is_even, range(5))
print(type(f).__name__)
print(next(f))
print(list(f))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(str.isdigit, "a1b22c")), "".join(filter(str.isalpha, "r2d2c3po")))
chained = map(str.upper, filter(lambda s: s.startswith("a"), ["apple", "berry", "avocado"]))
print(list(chained))
try:
    map(len)
except TypeError as exc:
    print("TypeError:", exc)
try:
    list(map(len, [1]))
except TypeError as exc:
    print("TypeError:", exc)
