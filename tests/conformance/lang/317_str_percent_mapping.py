# Conformance: %(key)s lookups in dicts, dict subclasses and any object with __getitem__,
# nested parentheses in keys, mixing with positional conversions, and how non-tuple arguments
# (lists, dicts, custom mappings) count as one value.
class Env:
    def __getitem__(self, key):
        return key.upper() * 2


class Counting(dict):
    def __missing__(self, key):
        return len(key)


print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%(x)s %(x)r %(x)5.2f" % {"x": 1.5})
print("%(greeting)s, %(who)s!" % Env())
print("%(abc)d %(de)d" % Counting())
print("%((nested))s|%(a(b)c)s" % {"(nested)": 1, "a(b)c": 2})
print("%()s|%( )s" % {"": "empty", " ": "space"})
print("%(k)s" % {"k": [1, 2]}, "%(k)s" % {"k": (1, 2)})
print("%s" % {"k": 1}, "%s" % [1, 2], "%r" % ({"a": 1},))
print("%s and %(a)s" % {"a": 1})
print("plain" % {"unused": 1}, "plain" % [1, 2], "plain" % Env())
print("%(0)s" % {"0": "zero"}, "%(é)s" % {"é": "accent"}, "%(名前)s" % {"名前": "이름"})


class NotMapping:
    pass


for fmt, args in [("%(a)s", NotMapping()), ("%(a)s", "text"), ("%(a)s", 5), ("plain", NotMapping()),
                  ("%(a)s", {"b": 1}), ("%(a)s", Env()), ("%(a)d", {"a": "x"})]:
    try:
        print(repr(fmt % args))
    except Exception as exc:
        print(repr(fmt), "!!", type(exc).__name__ + ":", exc)
