# Conformance: iter() and next(): iterators of every built-in type, next with a default, exhaustion,
# iterators are their own iterators, and dict iteration during modification.
for container in ([1, 2], (3,), "ab", {"k": 1, "j": 2}, {5}, range(2), b"hi", {"x": 1}.values(), {"y": 2}.items()):
    it = iter(container)
    print(iter(it) is it, list(it), list(it))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as exc:
    print("StopIteration", repr(exc))
it = iter("xyz")
print(iter(it) is it, next(it), list(it))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "end"))
z = zip([1, 2], "ab")
print(next(z), list(z))
m = map(str.upper, "ab")
print(next(m), next(m), next(m, "done"))
gen = (i for i in range(1))
print(next(gen), next(gen, "gen done"))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    next(iter([]))
except StopIteration:
    print("empty iterator raises StopIteration")
words = iter(["alpha", "beta", "gamma"])
for w in words:
    if w == "alpha":
        print("skipping", next(words))
    else:
        print("loop sees", w)
