# Conformance: operator precedence and associativity across arithmetic, bitwise, comparison, boolean.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 ** 2 ** 3, 7 // 2 * 2, 7 % 3 * 2)
print(1 + 2 << 1, 1 << 2 + 1, 6 & 3 | 8, 6 | 3 & 8, 5 ^ 1 | 2, 1 | 2 == 3)
print(not 1 == 2, not (1 == 2), (not 1) == 2, True or False and False, (True or False) and False)
print(1 < 2 == 2, 1 + 1 == 2 and 3 > 2, "a" + "b" * 2, -2 * -2, - - 2, +-+2, ~~5, -~5, ~-5)
print(3 if 1 else 2 + 10, (3 if 0 else 2) + 10, (lambda: 1 if False else 2)())
x = [1, 2, 3]
print(x[1] ** 2, -x[0], not x, x * 2 + [0])
print(2 * 3 % 4, 2 * (3 % 4), 17 % 5 ** 2, -7 // 2 ** 1)
print(1 < 2 < 3 and 3 > 2 or 1 / 0, 0 and 1 / 0, 1 or 1 / 0)
a = b = 2
print(a is b == True, a in [2] == [2], (a in [2]) == True)
print(5 - -3, 5 + - 3, 2 ** -2 ** 1, 4 ** .5 * 2)
