# Conformance: the bytes methods programs use: decode, hex / fromhex, join, split / rsplit /
# splitlines, strip family, startswith / endswith, replace, find / index / count (with int
# needles), partition, case methods, predicates, padding, translate.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


b = b"  The Quick\tBrown  fox\n"
show("decode", lambda: ("h\xe9llo".encode().decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1")))
show("decode keyword", lambda: b"a\xff".decode(errors="replace"))
show("hex", lambda: (b"\x00\xffab".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcde".hex(" ", -2), b"".hex()))
show("hex bad sep", lambda: b"ab".hex("::"))
show("fromhex", lambda: (bytes.fromhex("48 65 6c6c 6f"), bytes.fromhex(""), bytes.fromhex(" 0a\t0B ")))
show("fromhex odd", lambda: bytes.fromhex("abc"))
show("fromhex bad", lambda: bytes.fromhex("zz"))
show("fromhex int", lambda: bytes.fromhex(12))
show("join", lambda: (b", ".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"-".join(x.encode() for x in "xyz")))
show("join str", lambda: b",".join([b"a", "b"]))
show("split", lambda: (b.split(), b.split(None, 1), b.rsplit(None, 1), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1)))
show("split str sep", lambda: b"a,b".split(","))
show("splitlines", lambda: (b"a\nb\r\nc\rd".splitlines(), b"a\nb\n".splitlines(True)))
show("strip", lambda: (b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b"..a..".rstrip(b".")))
show("strip str", lambda: b"a".strip("a"))
show("startswith", lambda: (b.startswith(b"  The"), b.endswith((b"x", b"\n")), b"abc".startswith(b"b", 1)))
show("startswith str", lambda: b"abc".startswith("a"))
show("replace", lambda: (b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-")))
show("find", lambda: (b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".find(b"z"), b"hello".find(b"l", 3)))
show("index", lambda: (b"hello".index(b"e"), b"hello".rindex(111)))
show("index missing", lambda: b"hello".index(b"z"))
show("count", lambda: (b"banana".count(b"a"), b"banana".count(97), b"banana".count(b""), b"banana".count(b"an", 2)))
show("find str", lambda: b"abc".find("a"))
show("find big int", lambda: b"abc".find(300))
show("partition", lambda: (b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kv".partition(b"=")))
show("case", lambda: (b"MiXed 1".lower(), b"MiXed 1".upper(), b"MiXed 1".swapcase(), b"hello world".title(), b"hELLO".capitalize()))
show("case non-ASCII", lambda: "é".encode().upper())
show("predicates", lambda: [(x.isalpha(), x.isdigit(), x.isalnum(), x.isspace(), x.islower(), x.isupper(), x.isascii())
                            for x in (b"", b"abc", b"ABC", b"123", b"a1", b" \t", b"\xe9")])
show("padding", lambda: (b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"abc".center(2)))
show("removeprefix", lambda: (b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt")))
show("translate", lambda: (b"hello".translate(bytes.maketrans(b"lo", b"01")), b"hello".translate(None, b"l")))
show("maketrans unequal", lambda: bytes.maketrans(b"ab", b"c"))
