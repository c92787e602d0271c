# Conformance: in-place operators (__iadd__ etc.), fallback to __add__, and identity preservation.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f"Bag({self.items})"
    def __add__(self, other):
        print("  __add__ (new object)")
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print("  __iadd__ (same object)")
        self.items += other.items
        return self
    def __imul__(self, n):
        print("  __imul__")
        self.items *= n
        return self
b = Bag([1])
alias = b
b += Bag([2])
print(b, alias, b is alias)
b *= 2
print(b, b is alias)
class AddOnly:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        print("  __add__ used for +=")
        return AddOnly(self.n + other)
a = AddOnly(1)
keep = a
a += 5
print(a.n, keep.n, a is keep)
class ReturnsNone:
    def __iadd__(self, other):
        print("  forgot to return self")
r = ReturnsNone()
r += 1
print(r)
class NotImpl:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "fell back to __add__"
x = NotImpl()
x += 1
print(x)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as exc:
    print("TypeError:", exc)
print(t)
s = "a"
s += "b"
n = 5
n -= 2.5
print(s, n)
