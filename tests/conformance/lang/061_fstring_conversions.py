# Conformance: f-string conversions !r !s !a and how they interact with __str__/__repr__/__format__.
class Thing:
    def __str__(self):
        return "str-of-thing"
    def __repr__(self):
        return "Thing()"
    def __format__(self, spec):
        return f"format-of-thing[{spec}]"
t = Thing()
print(f"{t}", f"{t!s}", f"{t!r}", f"{t:xyz}", f"{t!r:>10}", f"{t!s:*<15}")
s = "caf\u00e9 \n 'q'"
print(f"{s!r}", f"{s!a}", f"{s!s}")
print(f"{'text'!r}", f"{42!r}", f"{3.5!s}", f"{None!r}", f"{[1, 'two']!s}")
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(f"{OnlyRepr()}", str(OnlyRepr()), format(OnlyRepr()))
class Plain:
    pass
try:
    f"{Plain():>10}"
except TypeError as exc:
    print("TypeError:", exc)
print(f"{1.0!r:>8}|{'a'!r:^7}|")
print(repr(f"{'tab'}\t"), f"{b'bytes'}", f"{b'bytes'!r}")
