# Conformance: everyday text handling in Korean, Japanese and mixed scripts: lengths in code
# points, slicing, searching, case methods leaving uncased scripts alone, padding, sorting,
# ord/chr round trips and UTF-8 sizes.
lines = ["안녕하세요, 세계!", "こんにちは、世界！", "Hello, 世界 🌏", "Ünïcödé ＡＢＣ ｱｲｳ", "한국어와 日本語"]
for s in lines:
    print(repr(s), len(s), len(s.encode()), s[:3], s[-3:], s[::-1])
    print("  ", s.upper(), s.lower(), s.title(), s.swapcase())
    print("  ", s.find("世界"), s.count("、"), s.replace("세계", "world"), s.split(), s.center(20, "·"))
    print("  ", [hex(ord(c)) for c in s[:4]], "".join(chr(ord(c)) for c in s) == s)
words = ["사과", "バナナ", "apple", "Äpfel", "ringo", "りんご", "林檎", "Zebra", "éclair"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=len), max(words), min(words))
print("가" < "나" < "다", "あ" < "ア", ord("가"), chr(0xAC00 + 588), chr(12354))
print("{:<6}|{:^6}|{:>6}".format("한글", "日本", "mix한"))
print("%-6s|%6s|" % ("東京", "서울"))
print(f"{'풀네임':*^10}", f"{'カナ'!r:>8}", f"{'漢字'!a}")
print("ｶﾀｶﾅ".isalpha(), "１２３".isdigit(), "１２３".isdecimal(), int("１２３"), "三".isnumeric())
print("한국어".isidentifier(), "変数名".isidentifier(), "1변수".isidentifier(), "가나다".islower())
print("\u3000全角スペース\u3000".strip(), "タブ\t区切り".expandtabs(4), "ＡＢＣ".lower(), "ａｂｃ".upper())
print(list("한국"), list(reversed("日本")), [c for c in "가a나b" if c.isascii()])
print("-".join(sorted(set("どうもありがとうございます"))))
