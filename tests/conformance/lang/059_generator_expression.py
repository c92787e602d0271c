# Conformance: generator expressions are lazy, single-use, and evaluate their first iterable eagerly.
log = []
def source():
    for i in range(4):
        log.append(f"produce {i}")
        yield i
gen = (x * 10 for x in source())
print(type(gen).__name__, log)
print(next(gen), log)
print(list(gen), log)
print(list(gen))
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc", "ab"]))
print(", ".join(str(i) for i in range(3)), any(c.isdigit() for c in "ab3"))
try:
    (1 / x for x in range(3))
    print("no error yet: nothing evaluated")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    (x for x in 5)
except TypeError as exc:
    print("TypeError raised at creation:", exc)
pairs = ((a, b) for a in "xy" for b in "12" if b != "2")
print(list(pairs))
g = (n for n in [1, 2, 3])
print(2 in g, list(g))
print(sorted((x % 3 for x in range(7)), reverse=True), tuple(c for c in "hi"))
