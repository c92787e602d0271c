# Conformance: float repr is the shortest round-tripping string, with CPython's exponent rules.
values = [
    0.0, -0.0, 1.0, -1.5, 0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1.5e16,
    123456789012345678.0, 1e-4, 1e-5, 0.00001234, 1e22, 1e23, 1e-7, 5e-324, 1.7976931348623157e308,
    2.5, 1e100, 3.141592653589793, 0.3, 1.1 * 3, 9007199254740993.0, 12345.678, -1e-10,
]
for v in values:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, 0.1 + 0.2, sum([0.1] * 10))
print(float("1e16"), float("-0"), float("  2.50  "), float("1_000.5"))
print(1e16 == 10 ** 16, int(1e16), int(-0.0), int(2.9), int(-2.9))
print([1.0, 2e-9], (1e50,), {"k": 1e-05})
print(str(1e16), f"{1e16}", "%s" % 1e16, "%r" % 0.1, "{}".format(1e-05))
print((0.5).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer(), float(2 ** 53 + 1))
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1), abs(-0.0))
