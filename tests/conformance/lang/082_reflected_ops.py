# Conformance: reflected operators (__radd__ etc.), NotImplemented hand-off, subclass priority.
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Meters({self.v})"
    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__", other)
        return self.__add__(other)
    def __rsub__(self, other):
        print("  __rsub__", other)
        return Meters(other - self.v)
    def __rmul__(self, other):
        return Meters(self.v * other)
    def __rtruediv__(self, other):
        return Meters(other / self.v)
    def __rpow__(self, other):
        return Meters(other ** self.v)
    def __rmod__(self, other):
        return Meters(other % self.v)
    def __rfloordiv__(self, other):
        return Meters(other // self.v)
m = Meters(5)
print(m + 1, 1 + m, 10 - m, 3 * m, 10 / m, 2 ** m, 17 % m, 17 // m)
print(sum([Meters(1), Meters(2), Meters(3)]))
print(m + m)
try:
    m + "x"
except TypeError as exc:
    print("TypeError:", exc)
class SubMeters(Meters):
    def __radd__(self, other):
        print("  SubMeters.__radd__ tried first")
        return "sub wins"
print(Meters(1) + SubMeters(2))
class Left:
    def __add__(self, other):
        print("  Left.__add__ -> NotImplemented")
        return NotImplemented
class Right:
    def __radd__(self, other):
        print("  Right.__radd__")
        return "handled by Right"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as exc:
    print("TypeError:", exc)
print([1].__add__([2]), (5).__radd__(1.5), [1] * 2, 2 * [1])
