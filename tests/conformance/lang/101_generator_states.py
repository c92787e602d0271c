# Conformance: a generator cannot be re-entered while running; frames of finished generators;
# generators as iterators (iter(g) is g) and in pipelines.
def self_referencing():
    yield next(me)
me = self_referencing()
try:
    next(me)
except ValueError as exc:
    print("ValueError:", exc)
def evens(source):
    for x in source:
        if x % 2 == 0:
            print(f"  evens passes {x}")
            yield x
def squared(source):
    for x in source:
        print(f"  squared gets {x}")
        yield x * x
def take(n, source):
    for i, x in enumerate(source):
        if i >= n:
            return
        yield x
pipeline = take(2, squared(evens(range(100))))
print(list(pipeline))
g = (i for i in range(3))
print(iter(g) is g, list(zip(g, g)))
def counter():
    count = 0
    while True:
        count += 1
        yield count
c = counter()
print([next(c) for _ in range(3)], next(c))
def gen_with_args(a, *rest, key="k"):
    yield a
    yield rest
    yield key
print(list(gen_with_args(1, 2, 3, key="z")))
def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)
print(list(recursive(5)))
