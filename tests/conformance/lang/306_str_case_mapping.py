# Conformance: upper / lower / casefold / capitalize / title / swapcase with full Unicode case
# mappings: German ß, Turkish İ, ligatures, Greek final sigma, Cyrillic, titlecase digraphs, and
# scripts without case (Korean, Japanese).
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__ + ":", exc)


samples = ["hello World", "straße", "İstanbul", "ﬁnal ﬂow", "ΣΟΦΙΑ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "Москва и Санкт-Петербург",
           "ǆemal ǈuka", "ŉ ǰ ΐ", "日本語テキスト", "한국어 텍스트", "they're bill's friends", "mIxEd 123 ÀÉÎ",
           "ᾳ ᾼ ﬃ", "ΑΣ.", "ΑΣ'Α", "", "123"]
for s in samples:
    print(repr(s))
    print("  upper", repr(s.upper()), "lower", repr(s.lower()))
    print("  casefold", repr(s.casefold()), "swapcase", repr(s.swapcase()))
    print("  title", repr(s.title()), "capitalize", repr(s.capitalize()))
show("sigma words", lambda: "ΣΑΣ ΣΑΣ. Σ ΑΣ1".lower())
show("sigma swap", lambda: "ΟΔΟΣ".swapcase())
show("length changes", lambda: [len(x) for x in ("ß".upper(), "İ".lower(), "ﬃ".upper(), "ŉ".upper())])
show("casefold compare", lambda: "STRASSE".casefold() == "straße".casefold())
show("upper arg", lambda: "a".upper(1))
show("lower keyword", lambda: "a".lower(x=1))
show("unbound", lambda: str.upper("abc"))
show("unbound wrong type", lambda: str.upper(5))
show("unbound no arg", lambda: str.lower())
