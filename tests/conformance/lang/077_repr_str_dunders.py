# Conformance: __repr__ and __str__: which one print/str/repr/f-strings/containers use, fallbacks.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str-only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b}, {1: r})
print(f"{b} {b!r} {r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.StrOnly object at 0x"), repr(s)[-1])
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as exc:
    print("TypeError:", exc)
class Raises:
    def __str__(self):
        raise ValueError("no str for you")
try:
    print(Raises())
except ValueError as exc:
    print("ValueError:", exc)
class Child(Both):
    pass
print(Child(), repr(Child()))
class Recursive:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"Recursive(n={len(self.items)})"
print(Recursive().items)
print(repr(Both), str(ReprOnly), repr(int), repr(print), repr(len))
