# Conformance: str.join over lists, tuples, generators, dict keys and strings (with the "sequence
# item N" errors), and partition / rpartition.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


show("list", lambda: ", ".join(["a", "b", "c"]))
show("tuple", lambda: "-".join(("x", "y")))
show("generator", lambda: "+".join(str(i * i) for i in range(5)))
show("string", lambda: ".".join("abc"))
show("dict keys", lambda: "/".join({"usr": 1, "local": 2, "bin": 3}))
show("empty", lambda: "x".join([]))
show("single", lambda: "x".join(["only"]))
show("empty sep", lambda: "".join(["a", "b"]))
show("non-ASCII", lambda: " · ".join(["서울", "東京", "Zürich"]))
show("map", lambda: ",".join(map(str, [1, 2.5, None, True])))
show("int item", lambda: ",".join(["a", 1]))
show("None item", lambda: ",".join([None]))
show("bytes item", lambda: ",".join(["a", b"b"]))
show("not iterable", lambda: ",".join(5))
show("no args", lambda: ",".join())
show("two args", lambda: ",".join("a", "b"))
show("keyword", lambda: ",".join(iterable=["a"]))
s = "key=value=more"
show("partition", lambda: s.partition("="))
show("rpartition", lambda: s.rpartition("="))
show("partition missing", lambda: s.partition(":"))
show("rpartition missing", lambda: s.rpartition(":"))
show("partition at start", lambda: "=x".partition("="))
show("partition at end", lambda: "x=".rpartition("="))
show("partition multi", lambda: "a<->b<->c".partition("<->"))
show("partition non-ASCII", lambda: "이름: 홍길동".partition(": "))
show("partition empty sep", lambda: s.partition(""))
show("rpartition empty sep", lambda: s.rpartition(""))
show("partition int", lambda: s.partition(1))
show("partition none", lambda: s.partition())
show("rpartition two", lambda: s.rpartition("a", "b"))
