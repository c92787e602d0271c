# Conformance: arbitrary-precision ints: big products, powers, negative bigs, bit ops, conversions.
big = 2 ** 100
print(big, type(big).__name__)
print(big * big)
print(-big, -big // 3, -big % 7)
print(10 ** 30 + 1, 10 ** 30 - 1)
fact = 1
for i in range(1, 31):
    fact *= i
print("30! =", fact)
print(fact // (2 ** 64), fact % 1000003)
print(big.bit_length(), (big - 1).bit_length(), (-big).bit_length())
print(hex(big), bin(2 ** 70 + 5), oct(8 ** 25))
print(big >> 90, big << 3, (big | 1) & 0xFF, ~big)
print(int("123456789012345678901234567890") * 2)
print(str(3 ** 200)[:20], len(str(3 ** 200)))
print(float(big), float(3 ** 100))
print(big == 2.0 ** 100, big + 1 == 2.0 ** 100, big < float("inf"))
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63)
print(abs(-(10 ** 25)), divmod(10 ** 25, 7), pow(3, 100, 10 ** 9 + 7))
print(sum(range(10 ** 6)), 9 ** 9 ** 2 % 1000)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(1_000_000 * 1_000_000, 0xFFFF_FFFF, 0b1010_1010, 0o777)
try:
    float(10 ** 400)
except OverflowError as exc:
    print("OverflowError:", exc)
print(10 ** 400 > 1e308, 10 ** 400 == float("inf"))
