# Conformance: the errors of % formatting, with CPython's exception types and messages, in the
# order CPython checks things (an argument is fetched before the conversion is validated).
class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5


class Idx:
    def __index__(self):
        return 10


cases = [("%d", "x"), ("%d", None), ("%i", [1]), ("%x", 1.5), ("%o", "x"), ("%X", 2.0), ("%f", "x"),
         ("%e", None), ("%c", "ab"), ("%c", ""), ("%c", 1.5), ("%c", 0x110000), ("%c", -1),
         ("%s %s", (1,)), ("%s", ()), ("%s", (1, 2)), ("abc", 5), ("abc", (1,)), ("%y", 1), ("%y", ()),
         ("%5%", (1,)), ("%5%", ()), ("%é", 1), ("%", 1), ("%5", 1), ("%.", 1), ("%*", (1,)), ("%-", 1),
         ("%(a", {}), ("%(a)", {"a": 1}), ("%(a)s", 1), ("%(a)s", {}), ("%(a)s", ("x",)),
         ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%*d", ("a", 1)), ("%.*f", (1.5, 1.0)),
         ("%*(a)s", {"a": 1}), ("%*s", (2 ** 70, 1)), ("%.*s", (2 ** 40, "x")), ("%d", float("inf")),
         ("%d", float("nan")), ("%f", 10 ** 400), ("%d %d", 5), ("%s", [1]), ("%d", Num()), ("%f", Num()),
         ("%x", Idx()), ("%c", Idx()), ("%d", Idx()), ("%x", Num()), ("%(a)s", [1]), ("%d", "5")]
for fmt, args in cases:
    try:
        result = fmt % args
    except Exception as exc:
        print(repr(fmt), "!!", type(exc).__name__ + ":", exc)
    else:
        print(repr(fmt), "->", repr(result))
try:
    "%s" % 1 % 2
except TypeError as exc:
    print("chained:", exc)
try:
    5 % "x"
except TypeError as exc:
    print("reversed:", exc)
