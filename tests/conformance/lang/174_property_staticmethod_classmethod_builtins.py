# Conformance: property(), staticmethod() and classmethod() used as plain built-in callables (not
# just decorators): fget/fset/fdel/doc, getter/setter copies, wrapped functions.
class Box:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, value):
        self._v = value * 10
    def del_v(self):
        self._v = None
    v = property(get_v, set_v, del_v, "the v property")
    read_only = property(lambda self: "ro")
b = Box()
b.v = 4
print(b.v, Box.v.__doc__, Box.v.fget is Box.get_v, Box.read_only.fset)
del b.v
print(b.v)
class NoGetter:
    empty = property()
    p = property()
    filled = p.getter(lambda self: "new getter")
try:
    NoGetter().empty
except AttributeError as exc:
    print("AttributeError:", exc)
print(NoGetter.filled is NoGetter.p, NoGetter().filled)
def helper(x):
    return x * 3
class Tools:
    triple = staticmethod(helper)
    def _make(cls, arg):
        return f"{cls.__name__} made {arg}"
    make = classmethod(_make)
print(Tools.triple(2), Tools().triple(3), Tools.make(1), Tools().make(2))
sm = staticmethod(helper)
print(sm.__func__ is helper, callable(sm), sm(5))
cm = classmethod(Tools._make)
print(cm.__func__ is Tools._make)
