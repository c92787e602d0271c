# Conformance: dataclasses.dataclass: generated __init__/__repr__/__eq__, defaults,
# field(default_factory=...), order=True, frozen=True, inheritance, and common errors.
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.quantity
a = Item("pen", 1.5)
b = Item("pen", 1.5, 1, [])
print(a, a == b, a is b, a.total(), Item("box", 2.0, quantity=3).total())
a.tags.append("office")
print(a.tags, b.tags, Item("x", 0).tags)
print(repr(Item(name="n", price=0.1 + 0.2)))
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 5), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(1.0, 2.0)
print(c, hash(c) == hash(Coord(1.0, 2.0)), {c: "here"}[Coord(1.0, 2.0)])
try:
    c.lat = 5
except AttributeError as exc:
    print(type(exc).__name__ + ":", exc)
@dataclass
class Base:
    id: int
@dataclass
class Child(Base):
    label: str = "child"
print(Child(7), Child(8, "named"), Child(1) == Base(1))
try:
    Item()
except TypeError as exc:
    print("TypeError:", exc)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as exc:
    print("ValueError:", exc)
@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(WithPost(3, 4))
print(Item.__eq__(a, 5))
