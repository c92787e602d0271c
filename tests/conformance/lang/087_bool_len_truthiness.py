# Conformance: truth testing: __bool__ first, then __len__, default true; errors for bad __bool__.
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n
class Both:
    def __bool__(self):
        print("  __bool__ wins")
        return False
    def __len__(self):
        print("  __len__ never asked")
        return 5
class Neither:
    pass
print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)))
print(bool(Both()), bool(Neither()))
if WithLen(0):
    print("not printed")
else:
    print("empty container is falsy in if")
print(not WithBool(False), WithLen(2) and "and-result", WithLen(0) or "or-result")
x = [v for v in (WithBool(True), WithBool(False)) if v]
print(len(x))
while WithLen(0):
    pass
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as exc:
    print("TypeError:", exc)
try:
    if BadBool():
        pass
except TypeError as exc:
    print("TypeError:", exc)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    bool(BigLen())
except OverflowError as exc:
    print("OverflowError:", exc)
