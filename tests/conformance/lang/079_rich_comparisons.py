# Conformance: __lt__ __le__ __gt__ __ge__, reflected comparisons, sorting and min/max with them.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        print(f"  {self!r} < {other!r}")
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        print(f"  {self!r} > {other!r}")
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
a, b = Version("1.2.10"), Version("1.10")
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(sorted([Version("2.0"), Version("1.0.1"), Version("1.0")]))
print(max(Version("0.9"), Version("0.10")))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  OnlyLt({self.n}).__lt__({other.n})")
        return self.n < other.n
x, y = OnlyLt(1), OnlyLt(2)
print(x < y)
print(y > x)
try:
    x <= y
except TypeError as exc:
    print("TypeError:", exc)
print([o.n for o in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])])
