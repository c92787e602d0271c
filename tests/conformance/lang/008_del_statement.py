# Conformance: del of names, items, attributes and slices; using a deleted name raises NameError.
x = 1
del x
try:
    print(x)
except NameError as exc:
    print("NameError:", exc)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as exc:
    print("KeyError:", exc)
lst = [0, 1, 2, 3]
del lst[0], lst[-1]
print(lst)
class C:
    pass
o = C()
o.attr = 5
print(hasattr(o, "attr"))
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as exc:
    print("AttributeError:", exc)
a, b = 1, 2
del a, b
try:
    print(a + b)
except NameError as exc:
    print("NameError:", exc)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as exc:
    print(type(exc).__name__, exc)
