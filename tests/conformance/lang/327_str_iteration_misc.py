# Conformance: iterating str (iterator types, exhaustion, length hints), str in comprehensions and
# builtins (enumerate, zip, reversed, sorted, map, set, dict.fromkeys), chr/ord and
# interning-independent identity checks.
s = "abc"
it = iter(s)
print(type(it).__name__, type(iter("é")).__name__, type(iter("")).__name__)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(next(it, "done"), list(it))
it2 = iter("가나")
print(next(it2), it2.__next__(), next(it2, None))
try:
    next(iter(""))
except StopIteration as exc:
    print("StopIteration", repr(exc.args))
print(list(enumerate("xyz", 1)), list(zip("ab", "xyz")), list(reversed("abc")), "".join(reversed("東京")))
print(sorted("banana"), sorted(set("mississippi")), list(dict.fromkeys("hello")))
print(list(map(ord, "AZaz")), [chr(c) for c in range(0x41, 0x47)], list(map(str.upper, ["a", "é"])))
print(sum(1 for c in "hello world" if c in "aeiou"), any(c.isdigit() for c in "ab3"), all(map(str.isalpha, "ab")))
print(ord("é"), ord("\U0001F600"), chr(233), chr(0x1F600), repr(chr(0)), repr(chr(0x7F)))
for bad in [lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a")]:
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
print([w[::-1] for w in "stressed desserts".split()], "racecar" == "racecar"[::-1])
x = "".join(["ab", "c"])
print(x == "abc", x is not None, len({x, "abc"}), {"abc": 1}[x])
print(str.join("-", "abc"), str.upper.__name__, str.split.__qualname__ if hasattr(str.split, "__qualname__") else "")
print(isinstance("", str), issubclass(str, object), str.__name__, type("").__name__)
