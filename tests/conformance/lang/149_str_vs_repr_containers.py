# Conformance: str() of a container uses repr() of its elements; print of strings vs containers.
s = "text"
print(s, str(s), repr(s), [s], (s,), {s: s}, {s})
print(str([1.0, "1", None]), str(("a",)), str({"k": "v"}))
print(["quote's"], ['dq"'], ["both'\""], ["\n"], ["\u00e9"], ["\x1b"])
print(str(b"b"), repr("b'"), [b"x"])
print(str(3), repr(3), str(3.0), repr(3.10), str(True), repr(None))
class Item:
    def __str__(self):
        return "item-str"
    def __repr__(self):
        return "Item()"
i = Item()
print(i, [i], (i, i), {"k": i}, f"{i}", f"{[i]}", str([i]))
print("%s %r" % ([s], [s]), "{} {!r}".format((s,), (s,)))
print(repr(repr(s)), str(repr(s)), repr(str(s)))
