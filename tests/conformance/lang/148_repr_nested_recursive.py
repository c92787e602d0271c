# Conformance: reprs of nested containers and of self-referencing lists, dicts and mixes ([...], {...}).
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
print([a, a])
d = {"k": 1}
d["self"] = d
print(d)
mixed = [{"x": None}]
mixed[0]["x"] = mixed
print(mixed)
t = ([],)
t[0].append(t)
print(t)
b = []
b.append(b)
b.append([b])
print(b, len(b))
nested = [[[[[]]]], {"a": ({"b": [1, (2, {3})]},)}, (("deep",),)]
print(nested)
print(str(nested) == repr(nested))
c = {1: []}
c[1].append(c)
print(c, {2: c})
class Holder:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"Holder({self.items})"
print(Holder())
print(a == a, a[2] is a)
