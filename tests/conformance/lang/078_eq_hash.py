# Conformance: __eq__/__ne__/__hash__: default identity, __eq__ disables hashing, dict/set behaviour.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        print(f"  __eq__({self.x},{self.y} vs {other!r})")
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x}{self.y}"
p, q = Point(1, 2), Point(1, 2)
print(p == q, p != q, p is q)
print(p == (1, 2))
print(len({p, q}), {p: "first", q: "second"})
print(p in [Point(0, 0), q])
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as exc:
    print("TypeError:", exc)
try:
    {EqOnly()}
except TypeError as exc:
    print("TypeError:", exc)
class NeCustom:
    def __eq__(self, other):
        return "eq-result"
    def __ne__(self, other):
        return "ne-result"
print(NeCustom() == 1, NeCustom() != 1)
class InheritedNe:
    def __eq__(self, other):
        return self is other
x = InheritedNe()
print(x != x, x != InheritedNe())
print(hash(1), hash(-1), hash(0), hash(True), hash(1.0), hash(1.5), hash(()), hash((1, 2)), hash(None) == hash(None))
