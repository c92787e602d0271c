# Conformance: str.encode and bytes.decode with utf-8, ascii and latin-1 (and their aliases),
# every error handler, the UnicodeEncodeError / UnicodeDecodeError messages and attributes.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except UnicodeError as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)
        print("   ", exc.encoding, repr(exc.object), exc.start, exc.end, exc.reason)
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


text = "naïve café – 東京 \U0001F600"
show("utf-8", lambda: text.encode())
show("utf8 alias", lambda: text.encode("UTF8") == text.encode("utf_8"))
for enc in ["ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        show(f"{enc} {errors}", lambda: text.encode(enc, errors))
show("latin-1 ok", lambda: "Ünïcödé".encode("iso-8859-1"))
show("one bad char", lambda: "abc\xe9".encode("ascii"))
show("bad run", lambda: "ab\u4e2d\u6587cd".encode("latin1"))
show("astral", lambda: "\U0001F600".encode("latin-1"))
show("surrogate", lambda: "a\udc80b".encode("utf-8"))
show("surrogates", lambda: "\ud800\udc00".encode())
show("surrogateescape", lambda: "a\udcffb".encode("utf-8", "surrogateescape"))
show("unknown encoding", lambda: "x".encode("klingon"))
show("unknown handler", lambda: "é".encode("ascii", "shrug"))
show("unused handler", lambda: "e".encode("ascii", "shrug"))
show("encoding type", lambda: "x".encode(1))
show("keywords", lambda: "é".encode(errors="replace", encoding="ascii"))
data = "Grüße, 世界".encode()
show("decode", lambda: data.decode())
show("decode latin-1", lambda: data.decode("latin-1"))
show("decode ascii", lambda: data.decode("ascii"))
for bad in [b"\xff", b"a\x80b", b"\xe2\x82", b"\xe2\x82x", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xf0\x9fx",
            b"\xc0\xaf", b"\xf5\x80", b"\xe0\x80\x80", b"\xf4\x90\x80\x80", b"ok\xe2\x82\xac\xe2"]:
    show(f"decode {bad!r}", lambda: bad.decode())
    show(f"  replace", lambda: bad.decode("utf-8", "replace"))
show("ignore", lambda: b"a\xffb\xfe".decode("utf-8", "ignore"))
show("backslashreplace", lambda: b"a\xffb".decode("utf-8", "backslashreplace"))
show("surrogateescape", lambda: b"a\xffb".decode("utf-8", "surrogateescape"))
show("roundtrip", lambda: b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
show("decode unknown", lambda: b"x".decode("rot13x"))
show("str(bytes, enc)", lambda: str(b"caf\xc3\xa9", "utf-8"))
show("str(bytes, enc, errors)", lambda: str(b"caf\xe9", "utf-8", "replace"))
show("str(bytearray)", lambda: str(bytearray(b"xyz"), encoding="ascii"))
