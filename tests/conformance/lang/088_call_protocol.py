# Conformance: __call__ makes instances callable; callable(); calling non-callables fails clearly.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value, *, extra=0):
        self.calls += 1
        return value * self.factor + extra
double = Multiplier(2)
print(double(5), double(5, extra=1), double.calls)
print(list(map(double, [1, 2, 3])), double.calls)
print(callable(double), callable(Multiplier), callable(5), callable(print), callable(lambda: 0), callable("s"))
class Adder:
    def __call__(self, *args, **kwargs):
        return sum(args) + sum(kwargs.values())
print(Adder()(1, 2, a=3), sorted([3, 1, 2], key=Multiplier(-1)))
try:
    number = 5
    number()
except TypeError as exc:
    print("TypeError:", exc)
try:
    text = "text"
    text()
except TypeError as exc:
    print("TypeError:", exc)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as exc:
    print("TypeError:", exc)
try:
    nothing = None
    nothing()
except TypeError as exc:
    print("TypeError:", exc)
def make():
    return Multiplier(3)
print(make()(7))
