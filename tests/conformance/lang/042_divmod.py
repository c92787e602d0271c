# Conformance: divmod() on ints and floats of every sign, and its identity with // and %.
cases = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (2 ** 80, 3)]
for a, b in cases:
    q, r = divmod(a, b)
    print(f"divmod({a}, {b}) = {(q, r)}", q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.5), (1.0, 0.3), (-0.0, 1.0)]:
    print(f"divmod({a}, {b}) = {divmod(a, b)}")
print(divmod(True, 2), type(divmod(5, 2)).__name__)
print(divmod(1e16, 3), divmod(-1e-300, 1.0))
try:
    divmod(1, 0)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    divmod("a", 2)
except TypeError as exc:
    print("TypeError:", exc)
seconds = 98765
minutes, sec = divmod(seconds, 60)
hours, minutes = divmod(minutes, 60)
print(f"{hours}:{minutes:02d}:{sec:02d}")
