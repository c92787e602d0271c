# Conformance: hash() values CPython gives for ints, floats, bools, tuples, and str/bytes with
# PYTHONHASHSEED=0 (which the harness sets), and the rules a == b implies hash(a) == hash(b).
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print("int", v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -2.25, 1e100, 1e-100, 3.14159]:
    print("float", v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
for v in [(), (1,), (1, 2), ("a", 1), ((1, 2), (3,)), (None,) * 0]:
    print("tuple", v, hash(v))
for v in ["", "a", "abc", "hello world", "\u00e9", "\U0001F600"]:
    print("str", repr(v), hash(v))
for v in [b"", b"a", b"abc"]:
    print("bytes", v, hash(v))
print(hash("abc") == hash(b"abc"), hash(frozenset({1, 2})), hash(frozenset()))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self.k == other.k
print(hash(Key(42)), hash(Key(-1)), hash(Key(2 ** 70)))
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as exc:
    print("TypeError:", exc)
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as exc:
        print("TypeError:", exc)
