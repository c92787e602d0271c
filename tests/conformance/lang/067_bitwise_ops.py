# Conformance: bitwise operators on ints of any sign and size, shifts, and their type errors.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 & 0xFF, -256 >> 4, -1 >> 100)
print(1 << 0, 1 << 10, 1 << 100, 5 >> 1, 5 >> 10, (2 ** 100) >> 98)
print(0xF0 & -0x10, (1 << 64) - 1 & -(1 << 32), ~(2 ** 70))
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {3}, {1, 2, 3} ^ {2, 5}, {1, 2, 3} - {1})
print(bin(a & b), bin(~5), hex(-255), oct(-8))
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), [i for i in range(8) if flags >> i & 1])
flags &= ~(1 << 3)
print(bin(flags), flags.bit_length(), bin(flags).count("1"))
try:
    1 << -1
except ValueError as exc:
    print("ValueError:", exc)
try:
    1.0 & 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    ~1.5
except TypeError as exc:
    print("TypeError:", exc)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, -2 ** 2 & 0xF, (6 & 3) == 2)
