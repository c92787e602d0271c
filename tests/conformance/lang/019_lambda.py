# Conformance: lambda expressions: defaults, closures, late binding in loops, use as key functions.
square = lambda x: x * x
print(square(7), square.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
varargs = lambda *a, **k: (a, k)
print(varargs(1, 2, x=3))
print((lambda: "immediately called")())
late = [lambda: i for i in range(3)]
print([f() for f in late])
bound = [lambda i=i: i for i in range(3)]
print([f() for f in bound])
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda s: s.upper(), ["a", "b"])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(4)])
print(type(square).__name__, callable(square))
