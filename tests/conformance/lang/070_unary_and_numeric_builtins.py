# Conformance: unary -, +, ~ and abs() on ints, floats and bools; the numeric tower of built-ins.
for v in (5, -5, 0, 2.5, -0.0, True, False, 10 ** 20):
    print(repr(v), repr(-v), repr(+v), repr(abs(v)), type(-v).__name__)
for v in (5, -5, 0, True):
    print(v, ~v)
print(abs(-2 ** 70), abs(float("-inf")), -float("nan"))
print(int.__name__, float.__name__, bool.__name__, issubclass(bool, int), isinstance(1.0, int))
print((5).real, (7).numerator, (7).denominator, (2.5).real)
print((3).bit_length(), (255).bit_length(), (-256).bit_length(), (0).bit_length())
print((10).__add__(5), (10).__radd__(5), (10).__sub__(1.5), (1.5).__rsub__(10))
try:
    -"text"
except TypeError as exc:
    print("TypeError:", exc)
try:
    abs("x")
except TypeError as exc:
    print("TypeError:", exc)
try:
    ~[1]
except TypeError as exc:
    print("TypeError:", exc)
print(max(-0.0, 0.0), min(0.0, -0.0), -(-0.0), 0.0 - 0.0, -0.0 + 0.0)
