# Conformance: comparison methods returning NotImplemented: reflection order and the final TypeError.
class A:
    def __eq__(self, other):
        print("  A.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("  A.__lt__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("  B.__eq__")
        return NotImplemented
    def __gt__(self, other):
        print("  B.__gt__")
        return "B says greater"
print(A() == B())
print(A() != B())
print(A() < B())
try:
    print(A() < A())
except TypeError as exc:
    print("TypeError:", exc)
class Base:
    def __lt__(self, other):
        print("  Base.__lt__")
        return True
class Derived(Base):
    def __gt__(self, other):
        print("  Derived.__gt__ (subclass reflected first)")
        return False
print(Base() < Derived())
print(A() == 5, 5 == A())
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Num):
            return self.v == other.v
        if isinstance(other, int):
            return self.v == other
        return NotImplemented
print(Num(3) == 3, 3 == Num(3), Num(3) == "3", [Num(1)] == [1], 1 in [Num(1)])
