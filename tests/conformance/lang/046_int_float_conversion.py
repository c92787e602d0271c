# Conformance: int() and float() constructors: bases, strings, truncation, and their ValueErrors.
print(int(), int(3.99), int(-3.99), int("42"), int(" -17 "), int("+5"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("777", 8), int("11", 2), int(True), int(False), int(2 ** 70 + 0.0))
print(float(), float(3), float("3.5"), float("-1e3"), float(" .5 "), float("5."), float(True))
print(int(1e20), int(123456789.987))
for bad in ["", "abc", "1.5", "0x10", "1__0", " "]:
    try:
        int(bad)
    except ValueError as exc:
        print("ValueError:", exc)
try:
    int("12", 2)
except ValueError as exc:
    print("ValueError:", exc)
try:
    int("1", 99)
except ValueError as exc:
    print("ValueError:", exc)
for bad in ["", "1e", "one", "1.2.3"]:
    try:
        float(bad)
    except ValueError as exc:
        print("ValueError:", exc)
try:
    int(None)
except TypeError as exc:
    print("TypeError:", exc)
try:
    float([1])
except TypeError as exc:
    print("TypeError:", exc)
try:
    int(5, 10)
except TypeError as exc:
    print("TypeError:", exc)
print(3 + 4.0, 3 * 1.0, 7 - True, type(1 + 1.0).__name__, type(True + True).__name__)
print(1 == 1.0, hash(1) == hash(1.0), {1: "int", 1.0: "float"}, 0.5 == 1 / 2)
