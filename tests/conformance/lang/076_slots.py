# Conformance: __slots__: allowed attributes, no __dict__, AttributeError for others, inheritance.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as exc:
    print("AttributeError:", exc)
class Lazy:
    __slots__ = ("x",)
try:
    Lazy().x
except AttributeError as exc:
    print("AttributeError:", exc)
del p.y
try:
    p.y
except AttributeError as exc:
    print("AttributeError:", exc)
class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))
class Loose(Point):
    pass
lo = Loose(0, 0)
lo.extra = "allowed: subclass without __slots__ has a __dict__"
print(lo.extra, lo.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only, type(Point.x).__name__)
class WithDefault:
    __slots__ = ("a",)
    kind = "class attribute is fine"
print(WithDefault().kind)
