# Conformance: subclasses of list, tuple, set, frozenset and dict: constructors honour the
# subclass, super() reaches the built-in methods, instances keep attributes, reprs follow
# CPython (a set subclass prints as Name({...})), and operators return the base type.
class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1]


st = Stack([1, 2]).push(3).push(4)
print(st, st.peek(), len(st), type(st).__name__, type(st + [5]).__name__, type(st[1:]).__name__)
st.label = "stack"
print(st.label, isinstance(st, list), st == [1, 2, 3, 4], sorted(st, reverse=True))


class Upper(list):
    def append(self, item):
        super().append(str(item).upper())

    def __getitem__(self, index):
        return "<" + str(super().__getitem__(index)) + ">"


u = Upper()
u.append("a")
u.append("b")
u.extend(["c"])
print(u, u[0], u[-1], list(u), len(u))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, p.first, p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
print(type(p).__name__, isinstance(p, tuple), len(p), p[::-1], tuple.__new__(Pair, [7, 8]))


class Tags(set):
    pass


class FrozenTags(frozenset):
    pass


tags = Tags(["b", "a"])
tags.add("c")
print(tags, Tags(), type(tags | {"d"}).__name__, type(tags.copy()).__name__)
ft = FrozenTags([1, 2])
print(ft, FrozenTags(), type(ft | {3}).__name__, ft == frozenset({1, 2}), hash(ft) == hash(frozenset({1, 2})))
print({ft: "x"}[frozenset({1, 2})], tags.issuperset("ab"), sorted(tags))


class Registry(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.hits = 0

    def __getitem__(self, key):
        self.hits += 1
        return super().__getitem__(key)


reg = Registry({"a": 1}, b=2)
print(reg, reg["a"], reg["b"], reg.hits, reg.get("a"), reg.hits, type(reg).__name__)
print(list.__len__(st), dict.__len__(reg), tuple.__getitem__(p, 1), set.__contains__(tags, "a"))
try:
    list.append((1, 2), 3)
except TypeError as exc:
    print("TypeError:", exc)
try:
    tuple.__new__(list)
except TypeError as exc:
    print("TypeError:", exc)
