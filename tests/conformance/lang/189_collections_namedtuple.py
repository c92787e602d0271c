# Conformance: collections.namedtuple: construction, field access, tuple behaviour, repr, _replace,
# _asdict, _fields, defaults, field name forms, and errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(Point(y=5, x=4), Point._fields, p._asdict(), p._replace(x=10), p)
Color = namedtuple("Color", "red green blue")
print(Color(255, 128, 0), Color._make([1, 2, 3]))
Config = namedtuple("Config", "host, port, debug", defaults=[8080, False])
print(Config("localhost"), Config("h", 1, True), Config._field_defaults)
Renamed = namedtuple("Renamed", ["ok", "def", "ok"], rename=True)
print(Renamed._fields)
print(type(p).__name__, Point.__name__, repr(Point(x=[1], y={"k": "v"})))
try:
    p.x = 5
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    Point(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    Point(1, 2, 3)
except TypeError as exc:
    print("TypeError:", exc)
try:
    namedtuple("Bad", ["class"])
except ValueError as exc:
    print("ValueError:", exc)
class Point3(namedtuple("Point3Base", "x y z")):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
print(Point3(1, -2, 3).norm1(), Point3(0, 0, 0))
