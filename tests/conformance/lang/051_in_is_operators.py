# Conformance: in / not in for every container kind and for __contains__-less iterables; is / is not.
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", "bc" in "abc", "" in "abc", "ac" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1, 2}, 1 in frozenset(), 3 in range(0, 10, 3), 4 in range(0, 10, 3))
print((1, 2) in [(1, 2)], [1] in [[1]], 1.0 in [1], True in [1], None in [0, False, ""])
gen = (i * i for i in range(10))
print(16 in gen, next(gen))
class Iterable:
    def __iter__(self):
        print("  __iter__ called")
        return iter([10, 20])
print(20 in Iterable(), 30 in Iterable())
class Container:
    def __contains__(self, item):
        print("  __contains__", item)
        return item == "magic"
print("magic" in Container(), "other" not in Container())
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
print(True is True, int is int, type(1) is int, type(True) is not int)
try:
    print(1 in 5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    print([] in "abc")
except TypeError as exc:
    print("TypeError:", exc)
try:
    print([1] in {1, 2})
except TypeError as exc:
    print("TypeError:", exc)
