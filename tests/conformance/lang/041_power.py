# Conformance: the ** operator and pow(): int/float results, negative exponents, right associativity.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 2 ** -2, type(2 ** -1).__name__)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3), 10.0 ** 2)
print(1.5 ** 2, (-8) ** 2.0, 0.0 ** 0)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 5))
print(pow(2.0, 3), pow(10, -2))
print(10 ** 20, 10.0 ** 20, 10 ** 22, 10.0 ** 22, 10.0 ** 23)
try:
    0 ** -1
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    10.0 ** 400
except OverflowError as exc:
    print("OverflowError:", exc)
try:
    pow(2, 3.0, 5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    pow(2, -1, 4)
except ValueError as exc:
    print("ValueError:", exc)
x = 3
x **= 4
print(x, (-1) ** 1000001, 1 ** 10 ** 6)
print(float("inf") ** 0, 1.0 ** float("nan"), float("nan") ** 0)
