# Conformance: getattr (with default), setattr, hasattr, del of attributes and attribute errors with names.
class Config:
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "fallback"), getattr(Config, "debug"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "nope"), hasattr(Config, "level"))
del c.new_attr
print(hasattr(c, "new_attr"))
name = "dynamic"
setattr(c, name, "set by variable name")
print(getattr(c, name), c.dynamic)
method = getattr(c, "__init__")
print(type(method).__name__, getattr("abc", "upper")(), getattr([], "append") is not None)
try:
    getattr(c, "missing")
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    getattr(c, 5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    setattr(5, "x", 1)
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    Config.nothing
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    None.attr
except AttributeError as exc:
    print("AttributeError:", exc)
class Prop:
    @property
    def boom(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Prop(), "boom")
except ValueError as exc:
    print("hasattr lets non-AttributeError through:", exc)
print(getattr(Config(), "level", None), hasattr(None, "__class__"))
