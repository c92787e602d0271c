# Conformance: center / ljust / rjust (fill characters, odd margins, wide characters),
# zfill with signs, and expandtabs with various tab sizes and line breaks.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


for width in range(0, 9):
    print(width, repr("ab".center(width, "*")), repr("abc".center(width, "-")), repr("x".center(width)))
show("ljust", lambda: ("ab".ljust(5), "ab".ljust(5, "."), "ab".ljust(1), "ab".ljust(-3)))
show("rjust", lambda: ("ab".rjust(5), "ab".rjust(5, "0"), "abcdef".rjust(3)))
show("non-ASCII fill", lambda: ("제목".center(8, "═"), "名".ljust(4, "・"), "x".rjust(3, "é")))
show("emoji fill", lambda: "go".center(6, "\U0001F600"))
show("fill too long", lambda: "a".center(5, "ab"))
show("fill empty", lambda: "a".ljust(5, ""))
show("fill int", lambda: "a".rjust(5, 0))
show("width str", lambda: "a".center("5"))
show("width float", lambda: "a".ljust(5.0))
show("no width", lambda: "a".rjust())
show("keyword fill", lambda: "a".center(5, fillchar="*"))
for s in ["42", "-42", "+42", "", "-", "abc", "--1", "3.14", "-0.5", "١٢"]:
    print("zfill", repr(s), repr(s.zfill(6)), repr(s.zfill(1)))
show("zfill none", lambda: "1".zfill())
show("zfill str", lambda: "1".zfill("3"))
t = "a\tbc\tdef\tg\n\tx\r12\ty"
show("expandtabs()", lambda: t.expandtabs())
show("expandtabs(4)", lambda: t.expandtabs(4))
show("expandtabs(1)", lambda: t.expandtabs(1))
show("expandtabs(0)", lambda: t.expandtabs(0))
show("expandtabs(-2)", lambda: t.expandtabs(-2))
show("expandtabs kw", lambda: "a\tb".expandtabs(tabsize=3))
show("expandtabs non-ASCII", lambda: "가\t나다\t라".expandtabs(4))
show("expandtabs str", lambda: "a".expandtabs("4"))
show("expandtabs two", lambda: "a".expandtabs(4, 4))
