# Conformance: repr() of str (quote choice, backslash escapes, \xNN / \uNNNN / \UNNNNNNNN for
# non-printable characters, printable non-ASCII kept) and ascii(), through repr, %r, !r and
# containers.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
           "cr\rlf", "nul\x00", "bell\x07", "del\x7f", "\x80\x9f", "nbsp\xa0", "soft\xadhyphen",
           "café", "naïve", "東京", "한국어", "Ελληνικά", "Кириллица", "\u200b zero width",
           "\u2028 line sep", "\ufeff bom", "\ue000 private", "\U0001F600 emoji", "\U000E0001 tag",
           "\ud800 lone", "\udcff low", "\U0010FFFF max", "combining a\u0301", "\u0300",
           "rtl \u202e mark", "ideographic\u3000space", "", "'", '"', "\\"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(samples[:5]))
print("%r %a" % ("é\n", "é\n"))
print(f"{'é'!r} {'é'!a} {'x'!s}")
print(str(["é", "東"]), ascii(["é", "東"]), ascii({"ключ": "значение"}))
print(ascii(1), ascii(None), ascii(3.5), ascii(b"\xff"))


class Odd:
    def __repr__(self):
        return "Ödd\u2603"


print(ascii(Odd()), repr(Odd()), ascii([Odd()]))
print(repr("a" * 3 + "'" + '"'), repr(chr(0x1F) + chr(0x20) + chr(0x7E)))
print([repr(chr(c)) for c in (0x85, 0xA0, 0xAD, 0x378, 0x2066, 0xFFFE, 0xFFFF, 0xE0100)])
