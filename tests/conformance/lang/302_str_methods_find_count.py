# Conformance: find / rfind / index / rindex / count with start and end (negative, None,
# beyond the ends), the empty needle, non-ASCII text and the argument errors.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


s = "abracadabra"
for args in [("a",), ("a", 1), ("a", -4), ("a", 1, 4), ("bra", 2, None), ("ra", None, -1), ("x",),
             ("", 0), ("", 11), ("", 12), ("", -3), ("a", 20), ("a", 5, 2), ("abracadabra!",)]:
    show(f"find{args}", lambda: s.find(*args))
    show(f"rfind{args}", lambda: s.rfind(*args))
    show(f"count{args}", lambda: s.count(*args))
show("count empty in empty", lambda: "".count(""))
show("count empty past end", lambda: "".count("", 1))
show("count overlapping", lambda: "aaaa".count("aa"))
show("index found", lambda: s.index("cad"))
show("rindex found", lambda: s.rindex("abra"))
show("index missing", lambda: s.index("z"))
show("rindex missing", lambda: s.rindex("a", 1, 3))
u = "한국어와 日本語와 한국어"
show("find hangul", lambda: u.find("한국어", 1))
show("rfind hangul", lambda: u.rfind("한국어"))
show("find kanji", lambda: u.find("日本"))
show("count hangul", lambda: u.count("어"))
show("index negative", lambda: u.index("와", -4))
show("find emoji", lambda: "a\U0001F600b\U0001F600".rfind("\U0001F600"))
show("big bounds", lambda: s.find("a", -(10 ** 30), 10 ** 30))
show("bool bounds", lambda: s.find("b", True))
show("no args", lambda: s.find())
show("int needle", lambda: s.find(1))
show("too many", lambda: s.count("a", 1, 2, 3))
show("str start", lambda: s.index("a", "1"))
show("float end", lambda: s.count("a", 0, 2.0))
show("keywords", lambda: s.find("a", start=1))
show("in operator", lambda: ("cad" in s, "" in s, "z" in s))
show("in with int", lambda: 1 in s)
