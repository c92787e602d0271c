# Conformance: subclasses of str: __new__ through super(), instance attributes, methods that
# return plain str, overridden dunders, and str()/repr()/format() of instances.
class Tag(str):
    def __new__(cls, value, *, upper=False):
        obj = super().__new__(cls, value.upper() if upper else value)
        obj.created = True
        return obj

    def shout(self):
        return self.upper() + "!"


class Loud(str):
    def __str__(self):
        return "LOUD " + self

    def __repr__(self):
        return f"Loud({super().__repr__()})"

    def __add__(self, other):
        return Loud(str.__add__(self, other))

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    __hash__ = str.__hash__


t = Tag("hello", upper=True)
print(t, repr(t), type(t).__name__, t.created, isinstance(t, str), len(t))
print(t.shout(), type(t.shout()).__name__, type(t + "x").__name__, type(t * 2).__name__)
print(type(t[1:]).__name__, type(t.lower()).__name__, type(str(t)).__name__, str(t) == "HELLO")
print(type("%s" % t).__name__, type(f"{t}").__name__, type(format(t, "")).__name__, type(t.strip()).__name__)
print(t == "HELLO", "HELLO" == t, hash(t) == hash("HELLO"), t in {"HELLO": 1}, t.replace("L", "l"))
print(sorted([Tag("b"), "a", Tag("c")]), "-".join([t, Tag("x")]))
l = Loud("Hi")
print(str(l), repr(l), l == "hi", l + " there", type(l + " there").__name__)
print("%s|%r|{}".format(l) % (l, l), f"{l}|{l!s}|{l!r}")
print(Tag.__mro__[1].__name__, str.__new__(Tag, "z"), type(str.__new__(Tag, "z")).__name__)
print(vars(Tag("v")), Tag("a").__class__.__name__, Tag("abc").startswith("ab"))
for bad in [lambda: str.__new__(int), lambda: str.__new__(1), lambda: str.__new__(), lambda: Tag()]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
try:
    "plain".attr = 1
except AttributeError as exc:
    print("AttributeError:", exc)
