# Conformance: str concatenation, repetition, comparison, iteration, membership, len, escapes.
s = "Hello"
print(s + ", " + "World", s * 2, 3 * "ab", s * 0, s * -1 == "")
print(len(s), len(""), len("\u00e9\u4e2d"), len("\n\t"))
print("abc" < "abd", "abc" < "ab", "B" < "a", "é" > "z", "" < "a", "10" < "9")
print([c for c in "hey"], list("ab"), tuple("xy"), "".join(["a", "b"]))
print("ell" in s, "xyz" not in s, s[1:4], s.index("l"), s.count("l"))
print(ord("A"), chr(97), "\x41\u0042\U00000043", "\101", r"raw\n", b"b" == "b")
print(repr("a\tb\nc\\d\"e'f"), repr('single\'quote'), repr("\x00\x1f\x7f\x80\xff"), repr("\u200b\ud7ff"))
print("str" "ing" " concat", ("implicit"
                               " across lines"))
print(str(5) + "5", int("5") + 5, "5" * 3)
try:
    "a" + 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    1 + "a"
except TypeError as exc:
    print("TypeError:", exc)
try:
    "a" * 1.5
except TypeError as exc:
    print("TypeError:", exc)
try:
    "a" - "b"
except TypeError as exc:
    print("TypeError:", exc)
print(hash("abc") == hash("ab" + "c"), s is not None, str() == "")
multi = """line one
  line two\
 continued"""
print(multi)
print(max("hello"), min("hello"), sorted("hello"), "hello"[::-1])
