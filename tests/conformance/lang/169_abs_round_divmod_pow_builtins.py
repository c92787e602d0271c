# Conformance: abs(), round(), divmod(), pow() as built-in functions, including user __abs__/__round__.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 80))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(5, 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, -2), pow(2, 8), pow(2, 8, 5), pow(2.0, -1), pow(-8, 2))
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __round__(self, ndigits=None):
        return Vec(round(self.x, ndigits), round(self.y, ndigits))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
print(abs(Vec(3, 4)), round(Vec(1.26, 2.5)), round(Vec(1.26, 2.5), 1))
print(pow(3, 4, 7) == 3 ** 4 % 7, pow(7, -1, 10), pow(0, 0), pow(1.5, 2))
print(sum(map(abs, [-1, -2, 3])), max([-5, 2, -9], key=abs))
try:
    pow(2, 3, 0)
except ValueError as exc:
    print("ValueError:", exc)
try:
    abs()
except TypeError as exc:
    print("TypeError:", exc)
