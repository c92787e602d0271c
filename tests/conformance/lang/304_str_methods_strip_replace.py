# Conformance: strip / lstrip / rstrip with default whitespace and explicit character sets,
# replace with counts (including the empty pattern), and their argument errors.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


s = " \t\n  padded text \r\n\x0b\x0c "
show("strip", lambda: s.strip())
show("lstrip", lambda: s.lstrip())
show("rstrip", lambda: s.rstrip())
show("unicode whitespace", lambda: "\u3000\u2002 mid \xa0\u2029".strip())
show("strip None", lambda: "  x  ".strip(None))
show("strip chars", lambda: "xxyhixyx".strip("xy"))
show("lstrip chars", lambda: "www.example.com".lstrip("w."))
show("rstrip chars", lambda: "3.1400000".rstrip("0"))
show("strip all", lambda: "aaaa".strip("a"))
show("strip empty chars", lambda: "  x ".strip(""))
show("strip non-ASCII", lambda: "★☆★별☆★".strip("★☆"))
show("strip dots", lambda: "...end...".rstrip("."))
show("strip int", lambda: "abc".strip(1))
show("lstrip list", lambda: "abc".lstrip(["a"]))
show("strip two args", lambda: "abc".strip("a", "b"))
show("strip keyword", lambda: "abc".strip(chars="a"))
r = "one two one two one"
show("replace", lambda: r.replace("one", "1"))
show("replace count", lambda: r.replace("one", "1", 2))
show("replace zero", lambda: r.replace("one", "1", 0))
show("replace negative", lambda: r.replace("one", "1", -1))
show("replace missing", lambda: r.replace("three", "3"))
show("replace delete", lambda: r.replace(" ", ""))
show("replace empty", lambda: "abc".replace("", "-"))
show("replace empty count", lambda: "abc".replace("", "-", 2))
show("replace empty in empty", lambda: "".replace("", "x"))
show("replace grow", lambda: "aaa".replace("a", "aa"))
show("replace overlapping", lambda: "aaaa".replace("aa", "b"))
show("replace non-ASCII", lambda: "사과와 배와 사과".replace("사과", "apple"))
show("replace to non-ASCII", lambda: "tea".replace("e", "é"))
show("replace int", lambda: "abc".replace(1, "x"))
show("replace second int", lambda: "abc".replace("a", 2))
show("replace one arg", lambda: "abc".replace("a"))
show("replace str count", lambda: "abc".replace("a", "b", "c"))
show("replace keyword", lambda: "abc".replace("a", "b", count=1))
