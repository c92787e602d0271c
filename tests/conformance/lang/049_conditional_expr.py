# Conformance: conditional expressions: only the chosen branch runs; nesting and precedence.
def label(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([label(n) for n in (-2, 0, 3)])
calls = []
def side(name):
    calls.append(name)
    return name
r = side("yes") if True else side("no")
print(r, calls)
calls.clear()
r = side("yes") if [] else side("no")
print(r, calls)
x = 5
print(x if x > 3 else -x, (x if x < 3 else -x) * 2, x if x < 3 else -x * 2)
f = (lambda: "a") if x else (lambda: "b")
print(f())
print("even" if x % 2 == 0 else "odd", [i if i % 2 else "e" for i in range(4)])
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3)
value = None
print(value.upper() if value is not None else "no value")
