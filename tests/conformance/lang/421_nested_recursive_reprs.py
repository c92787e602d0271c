# Conformance: reprs of nested and self-referencing containers: "[...]", "{...}", a list inside
# a dict inside the list, custom __repr__ inside containers, and str() of containers using repr
# of their items.
a = [1, 2]
a.append(a)
print(a, str(a), repr(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
d["list"] = b
print(b)
print(d)
c = [[[[]]], [[], [[]]]]
print(c, len(c))
e = {1: {2: {3: {4: {}}}}}
print(e)
f = []
f.append(f)
f.append([f])
print(f)
g = {"a": []}
g["a"].append(g)
print(g, [g], (g,))


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __repr__(self):
        return "Node(%r, %r)" % (self.name, self.children)


tree = Node("root", [Node("left"), Node("right", [Node("leaf")])])
print(tree)
print([tree.children[0]], {"tree": tree.children[1]}, {tree.name})


class Loop:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return "Loop(%r)" % (self.items,)


try:
    print(repr(Loop()))
except RecursionError as exc:
    print("RecursionError:", str(exc)[:40])
print(["a'b", 'c"d', "e\nf", "tab\t", "\\"], ("é", "한"))
print({"quote's": "dq\"s"}, [None, True, False, 0.0, -1.5, 10**20])
print(str(["x"]), str(("x",)), str({"x": "y"}), str({"x"}), f"{['f']}", "%s" % ([1],))
t = (1, [2])
t[1].append(t)
print(t)
s = {frozenset({1}), (1, (2,))}
print(sorted(s, key=repr))
