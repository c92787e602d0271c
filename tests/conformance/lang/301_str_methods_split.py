# Conformance: str.split / rsplit / splitlines: whitespace runs (including Unicode spaces and
# \x1c-\x1f), explicit separators, maxsplit from both ends, keyword arguments and their errors.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


text = "  alpha beta\tgamma\n\ndelta  "
show("split()", lambda: text.split())
show("split(None, 1)", lambda: text.split(None, 1))
show("rsplit(None, 1)", lambda: text.rsplit(None, 1))
show("split(maxsplit=2)", lambda: text.split(maxsplit=2))
show("rsplit(maxsplit=0)", lambda: text.rsplit(maxsplit=0))
show("split(' ')", lambda: text.split(" "))
show("unicode spaces", lambda: "a\u3000b\xa0c\u2003d\x1ce\x85f".split())
show("empty split()", lambda: "".split())
show("blank split()", lambda: "   ".split())
show("empty split(',')", lambda: "".split(","))
show("sep split", lambda: "a,b,,c,".split(","))
show("sep split 2", lambda: "a,b,,c,".split(",", 2))
show("sep rsplit 2", lambda: "a,b,,c,".rsplit(",", 2))
show("multi-char sep", lambda: "a<>b<><>c".split("<>"))
show("overlapping sep", lambda: "aaaa".split("aa"))
show("rsplit overlap", lambda: "aaaaa".rsplit("aa"))
show("sep not found", lambda: "abc".split("x"))
show("negative maxsplit", lambda: "a b c".split(" ", -5))
show("non-ASCII sep", lambda: "가나다,라마".split(","))
show("Japanese sep", lambda: "東京・大阪・名古屋".split("・"))
show("splitlines", lambda: "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine".splitlines())
show("splitlines keepends", lambda: "a\nb\r\n\nc\r".splitlines(True))
show("splitlines kw", lambda: "x\ny".splitlines(keepends=True))
show("splitlines empty", lambda: "".splitlines())
show("splitlines trailing", lambda: "a\n".splitlines())
show("empty separator", lambda: "abc".split(""))
show("rsplit empty separator", lambda: "abc".rsplit(""))
show("bad separator type", lambda: "abc".split(1))
show("bad maxsplit", lambda: "abc".split(",", "2"))
show("bad keyword", lambda: "abc".split(sepx=","))
show("too many args", lambda: "abc".split(",", 1, 2))
show("name and position", lambda: "abc".split(",", sep=","))
show("splitlines float", lambda: "a".splitlines(1.5))
show("splitlines too many", lambda: "a".splitlines(True, False))
