# Conformance: generator functions: laziness, state between yields, return ends, StopIteration.
def numbers(limit):
    print("  generator body starts")
    n = 0
    while n < limit:
        print(f"  about to yield {n}")
        yield n
        print(f"  resumed after {n}")
        n += 1
    print("  generator body ends")
g = numbers(2)
print("created", type(g).__name__, g.__name__)
print("first", next(g))
print("second", next(g))
try:
    next(g)
except StopIteration as exc:
    print("StopIteration", repr(exc), exc.value)
print(next(g, "default after exhaustion"))
print(list(numbers(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def gen_with_return():
    yield 1
    return "the return value"
print(list(gen_with_return()))
def empty_gen():
    return
    yield
print(list(empty_gen()), type(empty_gen()).__name__)
def yield_expr():
    x = yield
    print("  x is", x)
ye = yield_expr()
print(next(ye))
print(iter(ye) is ye)
