# Conformance: str.format field names: automatic and manual numbering and switching between
# them, keywords, attribute and index lookups, conversions, escaped braces and every
# template error CPython reports.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
show("auto", lambda: "{} + {} = {}".format(1, 2, 3))
show("manual", lambda: "{1} {0} {1}".format("a", "b"))
show("keywords", lambda: "{name} is {age}".format(name="Ada", age=36))
show("mixed", lambda: "{0} {x} {1}".format("a", "b", x="X"))
show("attribute", lambda: "({0.x}, {0.y})".format(p))
show("keyword attribute", lambda: "{pt.x}".format(pt=p))
show("index", lambda: "{0[1]} {0[-1]}".format([10, 20]))
show("dict key", lambda: "{0[name]} {d[k v]}".format({"name": "N"}, d={"k v": 1}))
show("chained", lambda: "{0.__class__.__name__} {1[a][0]}".format(p, {"a": "xyz"}))
show("conversions", lambda: "{0!s} {0!r} {1!a}".format(p, "café"))
show("escapes", lambda: "{{}} {{{0}}} }}{{".format(7))
show("unicode digits", lambda: "{٠}".format("zero"))
show("leading zeros", lambda: "{00} {01}".format("a", "b"))
show("repeat", lambda: "{0}{0}{0}".format("ab"))
show("unused args", lambda: "{0}".format(1, 2, x=3))
for bad in ["{", "}", "a}b", "{0", "{0!}", "{0!r", "{0!rx}", "{0!x}", "{0.}", "{0..x}", "{0[}", "{0[]}",
            "{0[0]x}", "{}{1}", "{1}{}", "{5}", "{x}", "{ 0 }", "{-1}", "{0:{", "{!}", "{0:}}",
            "{:{:{}}}", "{a{b}"]:
    show(f"bad {bad!r}", lambda: bad.format("p", "q", "r"))
show("empty args", lambda: "{}".format())
show("missing attr", lambda: "{0.z}".format(p))
show("missing key", lambda: "{0[z]}".format({}))
show("list by name", lambda: "{0[a]}".format([1]))
show("too many digits", lambda: ("{" + "9" * 30 + "}").format(1))
show("unbound", lambda: str.format("{}-{}", 1, 2))
show("unbound bad", lambda: str.format(1))
