# Conformance: str() of many objects, str(bytes, encoding, errors) with keywords, and the
# constructor's argument errors; __str__ returning non-str.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


class Custom:
    def __str__(self):
        return "custom!"


class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"


class BadStr:
    def __str__(self):
        return 42


show("basics", lambda: (str(), str(""), str(42), str(-1.5), str(1e16), str(True), str(None)))
show("containers", lambda: (str([1, "a"]), str((1,)), str({"k": "v"}), str({1}), str(set()), str(frozenset())))
show("objects", lambda: (str(Custom()), str(ReprOnly()), str(str), str(Ellipsis), str(NotImplemented)))
show("bytes", lambda: (str(b"abc"), str(bytearray(b"x"))))
show("bad __str__", lambda: str(BadStr()))
show("decode", lambda: str(b"\xc3\xa9t\xc3\xa9", "utf-8"))
show("decode keywords", lambda: str(object=b"abc", encoding="ascii", errors="strict"))
show("encoding only kw", lambda: str(encoding="utf-8"))
show("errors only", lambda: str(b"a\xff", errors="replace"))
show("decode error", lambda: str(b"\xff", "utf-8"))
show("decode str", lambda: str("abc", "utf-8"))
show("decode int", lambda: str(5, "utf-8"))
show("bad encoding type", lambda: str(b"a", 5))
show("unknown encoding", lambda: str(b"a", "nope"))
show("bad keyword", lambda: str(value=1))
show("too many", lambda: str(1, 2, 3, 4))
show("object kw", lambda: str(object=5))
show("type is str", lambda: (type(str(5)) is str, str("x") is str("x") or True))
