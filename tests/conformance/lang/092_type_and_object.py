# Conformance: type() of everything, type names, class objects, object() and its attributes.
values = [1, 1.5, True, "s", b"b", None, [], (), {}, set(), frozenset(), range(1), len, print, type, object(),
          lambda: 0, iter([]), (x for x in []), Ellipsis, NotImplemented, slice(1), ValueError()]
for v in values:
    print(type(v).__name__, end=" ")
print()
print(type(1), type("s"), type(None), type(type), type(object), type(ValueError))
class Mine:
    pass
print(type(Mine()), type(Mine), type(Mine()) is Mine, Mine.__class__ is type, Mine().__class__.__name__)
print(type(3) == int, type(True) == int, type(True) is bool)
o = object()
print(repr(o).startswith("<object object at 0x"), str(o) == repr(o), o == o, o != object())
try:
    o.attr = 1
except AttributeError as exc:
    print("AttributeError:", exc)
print(object.__name__, int.__base__.__name__, bool.__base__.__name__, Mine.__base__.__name__)
print(type(int("3")), type(3 / 1), type(3 // 1), type(3.0 // 1), type(divmod(1, 1)))
print(int.__mro__, bool.__mro__)
def func():
    pass
class K:
    def meth(self):
        pass
print(type(func).__name__, type(K.meth).__name__, type(K().meth).__name__)
print(type(staticmethod(func)).__name__, type(property()).__name__, type(super).__name__)
