# Conformance: expressions in less common shapes: the walrus in comprehensions and while
# conditions, lambda defaults capturing loop values, nested f-strings with !a and dynamic
# widths, %-formatting with a dict and with *, conditional-expression chains, operator
# precedence with ** and unary minus, comparisons of mixed numbers, slices with negative
# steps, dict and set comprehensions with conditions, and generator expressions consumed twice.
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 4], y)
chunks = iter(["ab", "cd", ""])
while (part := next(chunks)):
    print("part", part)
funcs = [lambda i=i: i * 10 for i in range(3)]
late = [lambda: i for i in range(3)]
print([f() for f in funcs], [f() for f in late])
width, name = 8, "é"
print(f"[{name!a:>{width}}] [{name!r:<{width - 2}}] [{3.14159:{width}.{2}f}] [{'nested ' + f'{1 + 1}'}]")
print(f"{{literal}} {width=} {name=!s} {data[1:3]=}")
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7}, "%*d|%-*s|" % (5, 42, 4, "ab"), "%.3s %%" % "abcdef")
print("%c%c %r %a %x %o %e" % (72, "i", "q", "é", 255, 8, 12345.678))
score = 75
print("A" if score > 90 else "B" if score > 70 else "C", -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), 1 < 2.5 < 3)
print(not 1 == 2, (1, 2) < (1, 2, 0), [1, [2]] == [1, [2]], "abc" < "abd" < "b", None is None is not False)
s = "abcdefgh"
print(s[::-1], s[-2:-6:-1], s[10:], s[-100:2], s[::3], [0, 1, 2, 3][5:1:-2])
print({k: v for k, v in zip("abcd", range(4)) if v % 2}, {c.upper() for c in "hello" if c != "l"})
gen = (n * n for n in range(4))
print(sum(gen), sum(gen), list(n for n in range(3)))
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.5 // 2, -7.5 % 2, 2 ** 0.5, 10 / 4, 1e308 * 10, -1e308 * 10)
print(True + True, ~5, 5 & 3 | 8 ^ 1, 1 << 70, -1 >> 3, 0xff, 0o17, 0b101, 1_000_000)
