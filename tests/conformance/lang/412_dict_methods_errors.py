# Conformance: dict methods with their edge cases and CPython's error messages: KeyError reprs,
# pop with and without a default, popitem on an empty dict, update and dict() from mappings,
# pairs and keyword arguments, and the wording of bad update sequences.
d = {"a": 1}
for key in ["missing", 0, (1, 2), None, ""]:
    try:
        d[key]
    except KeyError as exc:
        print("KeyError:", exc, repr(exc), exc.args)
try:
    d.pop("nope")
except KeyError as exc:
    print("KeyError:", exc)
print(d.pop("nope", None), d.get("nope"), d.get("nope", 0), d.get("a"))
try:
    {}.popitem()
except KeyError as exc:
    print("KeyError:", exc)
try:
    del d["gone"]
except KeyError as exc:
    print("KeyError:", exc)
for bad in [[1], [[1]], [(1, 2, 3)], [1, 2], 5, [(1, 2), "ab", "abc"]]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
try:
    d.update(5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    d.update({}, {})
except TypeError as exc:
    print("TypeError:", exc)
try:
    dict({}, {})
except TypeError as exc:
    print("TypeError:", exc)
try:
    {[]: 1}
except TypeError as exc:
    print("TypeError:", exc)
try:
    d.get()
except TypeError as exc:
    print("TypeError:", exc)
try:
    d.setdefault()
except TypeError as exc:
    print("TypeError:", exc)
try:
    d.keys(1)
except TypeError as exc:
    print("TypeError:", exc)


class Mapping:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, key):
        return key.upper()


print(dict(Mapping()), {**Mapping(), "r": 1})
d.update(Mapping())
print(d)


def kw(**kwargs):
    return kwargs


print(kw(**Mapping()), kw(**{"a": 1}, b=2))
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as exc:
    print("TypeError:", exc)
try:
    kw(**5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    {**5}
except TypeError as exc:
    print("TypeError:", exc)
c = d.copy()
c["p"] = "changed"
print(d, c)
d.clear()
print(d, len(d), bool(d), bool(c))
print(dict.fromkeys(["x", "y"], []), dict.fromkeys(()))
print({}.fromkeys("ab", 1))
