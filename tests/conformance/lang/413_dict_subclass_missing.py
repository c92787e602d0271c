# Conformance: dict subclasses: __missing__ is consulted by d[key] only, super() reaches the
# built-in methods, reprs stay dict-like, and operations such as copy() and | return plain dicts.
class Default(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value


d = Default(a=1)
print(d["a"], d["hello"], d, d.get("zz"), "zz" in d, type(d).__name__)


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for item in items:
            self[item] += 1
        return self


c = Counter().add("abracadabra")
print(c, c["z"], sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        print("get", key, value)
        return value


g = Logged()
g["x"] = 1
g["y"] = g["x"] + 1
print(g, dict.__getitem__(g, "y"), g.get("x"))
g.update(z=3)
print(g)
print(type(g.copy()).__name__, type(g | {}).__name__, g == {"x": 1, "y": 2, "z": 3})
h = Default.fromkeys("ab", 0)
print(h, type(h).__name__)


class Attr(dict):
    pass


a = Attr(one=1)
a.note = "attribute"
print(a, a.note, len(a), list(a.items()))
print(isinstance(a, dict), issubclass(Attr, dict), dict.__repr__(a))
try:
    Attr()["missing"]
except KeyError as exc:
    print("KeyError:", exc)
