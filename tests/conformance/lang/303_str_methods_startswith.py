# Conformance: startswith / endswith (tuples, start/end ranges, the empty prefix at and past the
# end, errors) and removeprefix / removesuffix.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


s = "hello, world"
show("startswith", lambda: (s.startswith("hell"), s.startswith("world"), s.startswith("")))
show("endswith", lambda: (s.endswith("world"), s.endswith("hello"), s.endswith("")))
show("start arg", lambda: (s.startswith("world", 7), s.startswith("world", 8)))
show("end arg", lambda: (s.endswith("hello", 0, 5), s.endswith("hello", 0, 4)))
show("negative", lambda: (s.startswith("wor", -5), s.endswith("wor", -5, -2)))
show("empty at end", lambda: ("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", -1)))
show("empty range", lambda: ("abc".endswith("", 2, 1), "abc".startswith("a", 1, 0)))
show("tuple", lambda: (s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(())))
show("tuple with ranges", lambda: s.endswith(("hello", "lo"), 0, 5))
show("non-ASCII", lambda: ("안녕하세요".startswith("안녕"), "こんにちは".endswith("ちは"), "é".startswith("e")))
show("None bounds", lambda: s.startswith("hello", None, None))
show("list prefix", lambda: s.startswith(["hello"]))
show("int prefix", lambda: s.endswith(1))
show("tuple with int", lambda: s.startswith(("a", 2)))
show("no args", lambda: s.startswith())
show("too many", lambda: s.endswith("a", 1, 2, 3))
show("removeprefix", lambda: ("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case")))
show("removesuffix", lambda: ("TestCase".removesuffix("Case"), "TestCase".removesuffix("Test")))
show("remove empty", lambda: ("abc".removeprefix(""), "abc".removesuffix("")))
show("remove all", lambda: ("abc".removeprefix("abc"), "abc".removesuffix("abc")))
show("remove longer", lambda: "ab".removesuffix("xab"))
show("remove non-ASCII", lambda: "東京タワー".removesuffix("タワー"))
show("removeprefix int", lambda: "abc".removeprefix(1))
show("removesuffix none", lambda: "abc".removesuffix(None))
show("removeprefix no arg", lambda: "abc".removeprefix())
