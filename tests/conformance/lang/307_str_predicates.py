# Conformance: the is*() predicates on ASCII, Unicode digits and numerals, letters of several
# scripts, cased and uncased text, identifiers and non-printable characters.
samples = ["", "abc", "ABC", "Abc", "aBC", "123", "12.5", "-1", "٣٤٥", "²³", "½", "Ⅻ", "一二三", "೬",
           "abc123", "a b", " ", "\t\n", "\u3000", "\x1c", "_private", "2fast", "Ünïcödé", "名前",
           "변수", "class", "ǅ", "Hello World", "Hello world", "HELLO WORLD", "Σ", "ß", "ǅungla",
           "a\u0301", "\x00", "tab\t", "é", "\U0001F600", "ﾊﾝｶｸ", "ʰ", "ª", "Ⓐ", "x²"]
names = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "islower", "isupper",
         "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:] for n in names))
for s in samples:
    flags = "".join("T" if getattr(s, n)() else "." for n in names)
    print(flags, repr(s))
for bad in ["isdigit", "isspace", "isidentifier"]:
    try:
        getattr("x", bad)(1)
    except TypeError as exc:
        print("TypeError:", exc)
