# Conformance: // and % on negative ints and floats follow Python's floor semantics.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1e300, 7), (-0.0, 5)]:
    print(f"{a} // {b} = {a // b!r}, {a} % {b} = {a % b!r}")
print(-1 % 10, -11 % 10, 11 % -10, -11 % -10)
print(5.0 % 0.1, -5.0 % 0.1, 0.3 % 0.1)
print(-7 // 2 * 2 + -7 % 2)
print(2 ** 70 // -3, -(2 ** 70) % 3)
print(True // 2, True % 2, -True // 2)
print(7 / 2, -7 / 2, 1 / 3, -1 / 3, 10 / 5, type(10 / 5).__name__)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for name, op in [("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)]:
        try:
            op(a, b)
        except ZeroDivisionError as exc:
            print(f"{a!r} {name} {b!r}: ZeroDivisionError: {exc}")
