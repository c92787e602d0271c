# Conformance: built-ins with their less common arguments: min/max with key and default,
# sorted with key and reverse (stable), enumerate with start, pow with a modulus (and a
# negative exponent), round with ndigits on floats and ints, divmod on floats, format specs,
# int() with bases, chr/ord range errors, isinstance with tuples and unions, sum with start.
print(min([3, 1, 2], key=lambda v: -v), max([], default="none"), max("apple", "fig", key=len))
print(min((1, "b"), (1, "a")), max(3, 7, 5), min("hello"))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[1], reverse=True))
print(list(enumerate("abc", start=1)), list(enumerate([], 5)))
print(pow(3, 4, 5), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(2.0, -2), pow(-8, 1 / 3) if False else pow(4, 0.5))
print(round(2.675, 2), round(1234.5678, -2), round(1234, -2), round(-0.5), round(1.5), round(2.5), round(7, 1))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(-7, 2), divmod(7, -2))
print(format(1234567.891, ",.2f"), format(0.25, ".1%"), format(255, "#x"), format(255, "08b"), format("x", "^5"))
print(format(-3.5, "+.3e"), format(12, ">6d"), format(3.0, "g"), format(1e20, "g"), format(123, "_"))
print(int("ff", 16), int("0o17", 0), int("  -42  "), int("1_000"), int(3.99), int(-3.99), int("z", 36))
try:
    chr(0x110000)
except ValueError as exc:
    print("ValueError:", exc)
try:
    ord("ab")
except TypeError as exc:
    print("TypeError:", exc)
print(isinstance(3, (str, int)), isinstance(True, int), isinstance(3, int | str), issubclass(bool, (str, int)))
print(sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 10), abs(-3), abs(-2.5), abs(True))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]))
print(hex(-255), oct(8), bin(-5), ascii("é😀"), repr("tab\there"), callable(len), callable(3))
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None])), list(reversed(range(3))))
print(getattr(3, "real"), getattr(3, "nope", "fallback"), hasattr([], "append"), type(3.0).__name__)
print(str(b"bytes"), bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), len("hé".encode()))
