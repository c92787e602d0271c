# Conformance: str methods for case, stripping, padding and classification.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print("hello world".upper(), "HeLLo".lower(), "hello world".title(), "hello WORLD".capitalize(), "HeLLo".swapcase())
print("they're bill's".title(), "\u00e9t\u00e9".upper(), "MiXeD".casefold())
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)), "42".zfill(5), "-42".zfill(5), "+3".zfill(4))
print(repr("abc".center(2)), repr("a\tb".expandtabs(4)), "x".ljust(3, "-") + "|")
for t in ["abc", "ABC", "Abc", "123", "12.5", "", " ", "a1", "Title Case", "\u00e9", "\u00b2", "_id", "x y"]:
    print(f"{t!r:14} alpha={t.isalpha()!s:5} digit={t.isdigit()!s:5} alnum={t.isalnum()!s:5} "
          f"upper={t.isupper()!s:5} lower={t.islower()!s:5} space={t.isspace()!s:5} "
          f"title={t.istitle()!s:5} ident={t.isidentifier()!s:5} decimal={t.isdecimal()!s:5} numeric={t.isnumeric()}")
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "x".removeprefix("y"))
print("abc".encode(), str.upper("x"), "Ab".lower() == "aB".lower())
