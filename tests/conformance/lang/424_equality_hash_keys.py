# Conformance: equality and hashing across containers: equal numbers of different types share
# dict keys and set slots (the first key object stays), -1 hashes like -2, user classes with
# __eq__/__hash__ as keys, and lookups that call __eq__ only on a hash match.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {1.0: "a", 1: "b"}, {0: 0, False: 1, 0.0: 2})
print({-1: "a", -2: "b"}, hash(-1), hash(-2), {-1, -2})
print([1, 2] == [1.0, 2.0], (1, 2) == (True, 2), {1: 2} == {1.0: 2.0}, {1, 2} == {2.0, 1.0})
print([[1]] == [[1]], [{1: [2]}] == [{1: [2]}], [1] == [1, 1], [] == (), {} == set())


class Key:
    calls = []

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        Key.calls.append("hash " + self.name)
        return self.h

    def __eq__(self, other):
        Key.calls.append("eq %s %s" % (self.name, other.name))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


k1, k2, k3 = Key("a", 1), Key("b", 1), Key("a", 1)
table = {k1: 1, k2: 2}
print(Key.calls)
Key.calls = []
print(table[k3], Key.calls)
Key.calls = []
s = {k1, k2, k3}
print(len(s), Key.calls)
Key.calls = []
print(k3 in s, Key.calls)
Key.calls = []
table[k3] = 10
print(table, Key.calls)


class NoHash:
    def __eq__(self, other):
        return True


try:
    {NoHash(): 1}
except TypeError as exc:
    print("TypeError:", exc)


class Always:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7


a1, a2 = Always(), Always()
print(len({a1, a2}), len({7, a1}), {a1: "first", a2: "second"}[a1])
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan], len({nan, nan}), len({float("nan"), float("nan")}))
print(hash(0) == hash(0.0) == hash(False), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print({2**61 - 1: "a", 0: "b"}, {2**64: 1, 0: 2, 2**61: 3})
