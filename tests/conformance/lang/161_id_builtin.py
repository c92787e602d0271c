# Conformance: id(): equal for the same object, different for objects alive at the same time, and
# consistent with `is`. (The values themselves are never printed: they are addresses.)
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c)
print(type(id(a)).__name__, id(a) > 0)
x = object()
ids = {id(x), id(x)}
print(len(ids))
items = [object() for _ in range(5)]
print(len({id(o) for o in items}))
def same(obj):
    return id(obj)
print(same(a) == id(a))
t = (a, a)
print(id(t[0]) == id(t[1]))
class Node:
    pass
n = Node()
print(id(n) == id(n), id(Node) == id(type(n)))
s = "interned"
print(id(s) == id(s), id(None) == id(None), id(True) == id(True))
