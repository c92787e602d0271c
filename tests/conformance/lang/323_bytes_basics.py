# Conformance: bytes: literals and repr (quote choice, escapes), the constructor's forms and
# errors, len, indexing to ints, slicing, iteration, ==, ordering, hash, + * in and their errors.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


class Raw:
    def __bytes__(self):
        return b"raw!"


show("reprs", lambda: [b"", b"abc", b"it's", b'"q"', b"'\"", b"\\", b"\t\n\r\x00\x7f\x80\xff", bytes(range(30, 35))])
show("str()", lambda: str(b"a'b"))
show("constructor", lambda: (bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(3)), bytes(b"x")))
show("from str", lambda: (bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes("x", "latin-1", "strict")))
show("from iterator", lambda: bytes(iter([104, 105])))
show("from bytearray", lambda: bytes(bytearray(b"ba")))
show("__bytes__", lambda: bytes(Raw()))
show("bool count", lambda: bytes(True))
show("negative", lambda: bytes(-1))
show("str no encoding", lambda: bytes("abc"))
show("encoding no str", lambda: bytes(5, "utf-8"))
show("errors no str", lambda: bytes(b"x", errors="strict"))
show("out of range", lambda: bytes([1, 256]))
show("bad item", lambda: bytes(["a"]))
show("float", lambda: bytes(2.5))
show("None", lambda: bytes(None))
show("encode error", lambda: bytes("é", "ascii"))
b = b"hello, world"
show("len", lambda: (len(b), len(b""), len("é".encode())))
show("index", lambda: (b[0], b[-1], b[7], type(b[0]).__name__))
show("slices", lambda: (b[:5], b[7:], b[::-1], b[::3], b[100:], b[-3:-1]))
show("iterate", lambda: list(b"abc"))
show("out of range", lambda: b[20])
show("bad index", lambda: b["a"])
show("compare", lambda: (b"a" == b"a", b"a" != b"b", b"a" < b"b", b"ab" < b"abc", b"\xff" > b"a", b"a" == "a"))
show("compare str", lambda: b"a" < "b")
show("hash", lambda: [hash(x) for x in (b"", b"a", b"abc", b"\x00\xff")])
show("hash eq str", lambda: hash(b"abc") == hash("abc"))
show("set order", lambda: list({b"one", b"two", b"three", b"four", b"five"}))
show("concat", lambda: (b"ab" + b"cd", b"a" + bytearray(b"b")))
show("concat str", lambda: b"a" + "b")
show("concat int", lambda: b"a" + 1)
show("str concat bytes", lambda: "a" + b"b")
show("repeat", lambda: (b"ab" * 3, 2 * b"x", b"ab" * 0, b"ab" * -1))
show("repeat float", lambda: b"ab" * 1.5)
show("contains", lambda: (b"b" in b"abc", 98 in b"abc", b"" in b"", b"ac" in b"abc", 0 in b"\x00"))
show("contains str", lambda: "a" in b"abc")
show("contains big", lambda: 256 in b"abc")
show("bool", lambda: (bool(b""), bool(b"\x00")))
show("immutable", lambda: b.__setitem__(0, 1))
