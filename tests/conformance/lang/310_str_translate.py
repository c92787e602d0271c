# Conformance: str.maketrans in its one-, two- and three-argument forms and str.translate with
# dict tables (str, int and None values), custom mappings and the errors of both.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


show("two args", lambda: str.maketrans("abc", "xyz"))
show("three args", lambda: str.maketrans("ab", "cd", "ef"))
show("dict", lambda: str.maketrans({"a": "1", "b": None, 99: "three", "é": 233}))
show("empty", lambda: str.maketrans("", ""))
table = str.maketrans("aeiou", "AEIOU", "xyz")
show("translate", lambda: "the quick brown fox jumps lazy".translate(table))
show("translate dict", lambda: "abc".translate({97: "alpha ", 98: None, 99: 100}))
show("translate non-ASCII", lambda: "한글 ㅋㅋ".translate({ord("ㅋ"): "k"}))
show("translate to emoji", lambda: "ok".translate({111: "\U0001F44C"}))
show("list table", lambda: "abc".translate(["x", "y", "z"] * 40))


class Upper:
    def __getitem__(self, key):
        if key == ord("q"):
            raise LookupError("no q")
        return chr(key).upper()


show("custom mapping", lambda: "aqz".translate(Upper()))
show("bad value", lambda: "a".translate({97: 1.5}))
show("bad code point", lambda: "a".translate({97: 0x110000}))
show("negative code point", lambda: "a".translate({97: -1}))
show("not subscriptable", lambda: "a".translate(5))
show("one arg not dict", lambda: str.maketrans("ab"))
show("long key", lambda: str.maketrans({"ab": 1}))
show("bad key", lambda: str.maketrans({1.5: 1}))
show("unequal", lambda: str.maketrans("abc", "d"))
show("third not str", lambda: str.maketrans("a", "b", 3))
show("first not str", lambda: str.maketrans(1, "b"))
show("no args", lambda: str.maketrans())
show("too many", lambda: str.maketrans("a", "b", "c", "d"))
show("translate none", lambda: "a".translate())
