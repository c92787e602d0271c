# Conformance: arithmetic protocol methods: + - * / // % ** @ << >> & | ^ and unary - + ~ abs.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def _map(self, other, fn):
        if isinstance(other, V):
            return V(*(fn(a, b) for a, b in zip(self.c, other.c)))
        return V(*(fn(a, other) for a in self.c))
    def __add__(self, o): return self._map(o, lambda a, b: a + b)
    def __sub__(self, o): return self._map(o, lambda a, b: a - b)
    def __mul__(self, o): return self._map(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._map(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._map(o, lambda a, b: a // b)
    def __mod__(self, o): return self._map(o, lambda a, b: a % b)
    def __pow__(self, o): return self._map(o, lambda a, b: a ** b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __lshift__(self, o): return self._map(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._map(o, lambda a, b: a >> b)
    def __and__(self, o): return self._map(o, lambda a, b: a & b)
    def __or__(self, o): return self._map(o, lambda a, b: a | b)
    def __xor__(self, o): return self._map(o, lambda a, b: a ^ b)
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return V(*(+a for a in self.c))
    def __invert__(self): return V(*(~a for a in self.c))
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __divmod__(self, o): return (self // o, self % o)
v, w = V(6, -7), V(4, 2)
print(v + w, v - w, v * w, v / w, v // w, v % w, v ** w)
print(v @ w, v << 1, v >> 1, v & 3, v | 1, v ^ w)
print(-v, +v, ~v, abs(v), divmod(v, 4))
print(v + 1, v * 2.5)
try:
    v + "text"
except TypeError as exc:
    print("TypeError:", exc)
try:
    1 + v
except TypeError as exc:
    print("TypeError:", exc)
class NoOps:
    pass
binary = [lambda o: o + 1, lambda o: o - 1, lambda o: o * 1, lambda o: o / 1, lambda o: o // 1,
          lambda o: o % 1, lambda o: o ** 1, lambda o: o @ 1, lambda o: o << 1, lambda o: o & 1]
for apply in binary:
    try:
        apply(NoOps())
    except TypeError as exc:
        print("TypeError:", exc)
try:
    -NoOps()
except TypeError as exc:
    print("TypeError:", exc)
