# Conformance: the TypeErrors of calls with * and ** name the callable as CPython's
# _PyObject_FunctionStr does -- module and qualified name for Python functions, methods and
# classes, the bare name for built-ins -- and keyword arguments given twice across **-merges.
class Box:
    def put(self, a, b=0):
        return a + b

    class Inner:
        def __init__(self, x):
            self.x = x


def f(a, b=2, **kw):
    return a, b, kw


cases = [
    lambda: f(*5),
    lambda: f(1, *5),
    lambda: f(**[1]),
    lambda: f(**{"a": 1}, a=2),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(1, **{"b": 1}, b=3),
    lambda: Box().put(*None),
    lambda: Box().put(**{"a": 1}, **{"a": 1}),
    lambda: Box.Inner(**3),
    lambda: print(*7),
    lambda: print(**{"sep": 1}, sep=2),
    lambda: len(**{"x": 1}),
    lambda: max(*3),
    lambda: (lambda x: x)(**{"x": 1}, x=2),
    lambda: f(**{1: 2}),
]
for case in cases:
    try:
        case()
    except TypeError as exc:
        print("TypeError:", exc)
print(f(*[1], **{"b": 3}, c=4), f(*(), a=5))
print(f(1, *[2], **{"x": 1}, **{"y": 2}, z=3))
