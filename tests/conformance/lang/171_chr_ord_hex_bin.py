# Conformance: chr(), ord(), hex(), bin(), oct() over ranges of values, negatives and errors.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("\u00e9"), ord("\u20ac"), ord("\U0001F600"))
print(repr(chr(97)), repr(chr(0)), repr(chr(10)), repr(chr(127)), repr(chr(233)), repr(chr(0x1F600)), repr(chr(0x10FFFF)))
print("".join(chr(ord("a") + i) for i in range(26)))
print([chr(c) for c in range(ord("A"), ord("F"))], "".join(chr(ord(c) ^ 32) for c in "Swap"))
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 40, True]:
    print(n, hex(n), bin(n), oct(n))
print(int(hex(255), 16), int(bin(-5), 2), int(oct(64), 8))
print(hex(2 ** 64 - 1), bin(-(2 ** 8)), oct(-(8 ** 5)), chr(42))
for bad in (lambda: hex(1.5), lambda: bin("1"), lambda: chr(1.0), lambda: ord(""), lambda: ord(5)):
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
try:
    chr(0x110000)
except ValueError as exc:
    print("ValueError:", exc)
