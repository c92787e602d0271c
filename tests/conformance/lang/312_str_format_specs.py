# Conformance: format specs through str.format and format(): alignment, fill, width and
# precision for str (counting code points), int and float presentation types, bool, nested
# specs and the spec errors.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


for spec in ["", "10", "<10", ">10", "^10", "*^11", "·>6", ".2", "10.3", "^7.1", "s", "=5", "+5", ",", "d", "x"]:
    show(f"str {spec!r}", lambda: format("text", spec))
show("wide chars", lambda: "[{:^9}] [{:>6}]".format("中文", "한글"))
show("astral", lambda: "[{:<4}]".format("\U0001F600"))
for spec in ["", "5", "05", "+", " ", ",", "_", "x", "#x", "#X", "#o", "#b", "c", "e", ".2f", "%", "=+8", "^9,", "n", "08_b"]:
    show(f"int {spec!r}", lambda: format(1234567 if spec not in ("c",) else 9731, spec))
show("negative int", lambda: "{:08.0f} {:+,} {:x}".format(-42, -1234, -255))
show("big int", lambda: "{:,}".format(10 ** 25))
for spec in ["", ".3", ".3f", "10.2e", "%", ".1%", "g", "#g", "+.2f", "_.2f", ",.1f", "^12.4", "=+10.1f", "08.3f", "E", "G"]:
    show(f"float {spec!r}", lambda: format(12345.6789, spec))
show("float specials", lambda: "{} {:f} {:e} {:+g} {:.0f}".format(float("nan"), float("inf"), float("-inf"), 0.0, 2.5))
show("bool", lambda: "{} {:d} {:5} {:<5}| {!r}".format(True, True, False, True, False))
show("nested", lambda: "{:{}}|{:{w}.{p}f}|{:{fill}^{width}}".format("a", 4, 3.14159, "b", w=8, p=2, fill="*", width=5))
show("nested index", lambda: "{0:{1}}".format(42, ">6"))
show("None", lambda: "{!s:>6}|{}".format(None, None))
show("list", lambda: "{}".format([1, "a"]))
show("unknown code str", lambda: format("a", "d"))
show("unknown code int", lambda: format(1, "s"))
show("precision int", lambda: format(1, ".2"))
show("alt str", lambda: format("a", "#"))
show("comma and underscore", lambda: format(1, ",_"))
show("invalid", lambda: format(1.5, "~~"))
show("object spec", lambda: format(object(), "x"))
show("list spec", lambda: format([1], ">5"))
show("spec not str", lambda: format(1, 5))
show("format no spec", lambda: (format(5), format("x"), format(2.5)))
