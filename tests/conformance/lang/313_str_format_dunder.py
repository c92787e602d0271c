# Conformance: format() dispatching to __format__ (custom classes, subclasses of int, float and
# str), the check that __format__ returns a str, str.format_map with dicts and custom mappings,
# and f-strings going through the same machinery.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec) if spec else text


class Broken:
    __format__ = lambda self, spec: 42


MyInt = type("MyInt", (int,), {})


class MyFloat(float):
    __format__ = lambda self, spec: "MyFloat:" + float.__format__(self, spec)


MyStr = type("MyStr", (str,), {})


m = Money(12345)
show("custom", lambda: (format(m), format(m, ">12"), "{:*<12}".format(m), f"{m:^12}"))
show("custom conversion", lambda: "{!s:>5}".format(Money(5))[:9])
show("broken", lambda: format(Broken()))
show("broken in format", lambda: "{}".format(Broken()))
show("int subclass", lambda: (format(MyInt(255), "x"), format(MyInt(7), ""), f"{MyInt(3):03}"))
show("float subclass", lambda: format(MyFloat(1.5), ".3f"))
show("str subclass", lambda: (format(MyStr("ab"), ">4"), type(format(MyStr("ab"), "")).__name__))
show("str subclass error", lambda: format(MyStr("ab"), "d"))
show("dunder direct", lambda: ("abc".__format__("^7"), (5).__format__("03"), (2.5).__format__("e")))
show("dunder bad arg", lambda: "abc".__format__(5))
show("object format", lambda: format(object(), "")[:8])
show("format_map", lambda: "{name} has {count} items".format_map({"name": "cart", "count": 3}))
Defaulting = type("Defaulting", (dict,), {"__missing__": lambda self, key: f"<{key}>"})
show("format_map missing", lambda: "{a} {b}".format_map(Defaulting(a=1)))
show("format_map positional", lambda: "{0}".format_map({}))
show("format_map auto", lambda: "{}".format_map({}))
show("format_map keyerror", lambda: "{x}".format_map({}))
show("format_map not mapping", lambda: "{x}".format_map(5))
show("format_map no braces", lambda: "plain".format_map(5))
show("format_map attr", lambda: "{p.real}".format_map({"p": 3}))
show("format_map none", lambda: "x".format_map())
width, value = 8, 3.14159
show("fstring nested", lambda: f"[{value:{width}.3f}] [{'hi'!r:^{width}}] [{255:#0{width}x}]")
