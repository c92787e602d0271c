# Conformance: bytearray: construction, repr, mutation (item and slice assignment, del, append,
# extend, insert, pop, remove, clear, reverse, +=), methods returning bytearray, and errors.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


ba = bytearray(b"hello")
print(ba, repr(bytearray()), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), len(ba))
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba.extend([63, 63])
ba.insert(0, 62)
ba.insert(-1, 46)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
ba += b"++"
print(ba, ba[1], ba[-1], ba[1:4], type(ba[1:4]).__name__)
ba[1:3] = b"JJJ"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[::3]
print(ba)
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba.clear()
print(ba, len(ba))
c = bytearray(b"Mixed Case")
show("methods", lambda: (c.upper(), c.split(), c.replace(b"e", b"3"), c.decode(), c.find(b"C"), c.strip(b"M")))
show("compare", lambda: (c == b"Mixed Case", c < b"N", bytearray(b"a") + b"b", b"a" + bytearray(b"b"), c * 2))
show("hash", lambda: hash(bytearray(b"x")))
show("index error", lambda: bytearray(b"ab")[5])
show("bad index", lambda: bytearray(b"ab")["x"])
show("bad value", lambda: bytearray(b"ab").__setitem__(0, 256))
show("bad append", lambda: bytearray().append("a"))
show("pop empty", lambda: bytearray().pop())
show("pop range", lambda: bytearray(b"ab").pop(5))
show("remove missing", lambda: bytearray(b"ab").remove(99))
show("extend str", lambda: bytearray().extend("abc"))
show("slice size", lambda: bytearray(b"abcd").__setitem__(slice(None, None, 2), b"xyz"))
show("fromhex", lambda: bytearray.fromhex("4142"))
show("constructor errors", lambda: bytearray(1.5))
show("str arg", lambda: bytearray("abc"))
