# Conformance: str.format(): auto and explicit indexes, names, attributes, items, conversions, specs.
print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Cy", age=3))
print("{0[1]} {0[0]} {1[key]}".format(["first", "second"], {"key": "v"}))
class P:
    x = 3
    y = 4
print("P({0.x}, {0.y})".format(P()), "{p.x}".format(p=P))
print("{!r} {!s} {!a}".format("q", "q", "\u00e9"))
print("{:>8}|{:<8}|{:^8}|{:08.3f}|{:,}|{:x}".format("r", "l", "c", 3.14159, 10 ** 6, 255))
print("{{}} {{{}}}".format("inside"))
print("{0:{1}}|".format("dyn", 7))
fmt = "{:.1%} done".format
print(fmt(0.256), fmt(1))
print("{}".format(1e16), "{!r}".format(0.1), "{:g}".format(1e-5))
print("{} {}".format(*"ab"), "{a}-{b}".format(**{"a": 1, "b": 2}))
print("{0}{1}{0}".format("ab", "cd"), "{:}".format(5))
print(format(1234.5, ",.1f"), format("s", "^5"), format(10, "b"), format(None), repr(format(3)))
print("{:d}".format(True), "{}".format(True), "{:5}|".format(True))
for fmt_str, args, kwargs in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}),
                              ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {})]:
    try:
        print(fmt_str.format(*args, **kwargs))
    except (IndexError, ValueError, KeyError) as exc:
        print(f"{fmt_str!r}: {type(exc).__name__}: {exc}")
try:
    "{0.missing}".format(P())
except AttributeError as exc:
    print("AttributeError:", exc)
