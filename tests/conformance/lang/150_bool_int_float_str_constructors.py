# Conformance: constructors of the scalar types: bool(), str() of many values, str() with encodings
# kept out; int/float covered elsewhere; plus type(x)(...) round trips.
print(bool(), bool(1), bool(0.0), bool("False"), bool([0]), bool(None), bool(range(0)))
print(repr(str()), str(42), str(-0.0), str(1e100), str([1, "a"]), str(None), str(str), str(b"x"))
print(str("already"), str(True), str((1,)), str({1: 2}), str({"s"}), str(frozenset([1])))
for v in [3, 2.5, "x", True, (1, 2), [1, 2]]:
    print(type(v).__name__, type(v)(v), type(v)(v) == v)
print(int(True) + float(False), str(1) + str(1.0), bool("") or "empty")
print(list("abc"), tuple([1, 2]), list((1,)), tuple("hi"), list(), tuple())
print(list({"b": 1, "a": 2}), tuple({"x": 0}.items()), list(range(3)), list(map(str, [1, 2])))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True), dict())
print(dict(zip("abc", range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(set([3, 1, 3]), set("aab") == {"a", "b"}, frozenset([1, 1, 2]), set(), frozenset())
print(bytes(3), bytes([65, 66]), bytes("h\u00e9", "utf-8"), bytes(b"copy"))
try:
    bool(1, 2)
except TypeError as exc:
    print("TypeError:", exc)
try:
    list(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    dict(1)
except TypeError as exc:
    print("TypeError:", exc)
