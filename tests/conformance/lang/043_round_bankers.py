# Conformance: round(): banker's rounding for halves, ndigits (positive, zero, negative), float quirks.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001]:
    print(f"round({x!r}) = {round(x)!r}")
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(123456, -3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(25, -1)).__name__)
print(round(7), round(-7, 3), round(True))
print(round(1e300, 2), round(1.5e-300, 300))
print(round(float("inf"), 2), round(float("nan"), 1))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
try:
    round("1.5")
except TypeError as exc:
    print("TypeError:", exc)
print(round(0.1 + 0.2, 10), round(-0.4), round(-0.6))
