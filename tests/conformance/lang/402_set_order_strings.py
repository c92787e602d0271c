# Conformance: the order of sets of strs (SipHash-1-3 of the Latin-1/UCS-2 form with
# PYTHONHASHSEED=0): ASCII words, single letters, Korean and Japanese text, empty and long
# strings, and the same sets after removals.
print({"apple", "banana", "cherry"})
print({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"})
print(set("mississippi"))
print(set("hello world"))
print({"", " ", "  "})
words = "the quick brown fox jumps over the lazy dog and the cat".split()
print(set(words))
print(len(set(words)), sorted(set(words)))
korean = {"안녕하세요", "감사합니다", "사랑", "한국어", "파이썬", "비동기", "이벤트", "루프"}
print(korean)
print(set("가나다라마바사아자차카타파하"))
print({"asyncio", "イベントループ", "タスク", "코루틴", "await"})
print({"task-%d" % i for i in range(12)})
s = {"w%02d" % i for i in range(25)}
print(s)
for i in range(0, 25, 2):
    s.remove("w%02d" % i)
print(s)
s.update(["new", "newer", "newest"])
print(s)
print({"x" * n for n in range(1, 9)})
print({"é", "ü", "ß", "ñ", "a"})
print(frozenset({"red", "green", "blue"}))
