# Conformance: assignment to attributes, subscripts and nested targets; dict and list item stores.
class Node:
    pass
n = Node()
n.value = 1
n.child = Node()
n.child.value = 2
print(n.value, n.child.value)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
grid[0][0] += 1
print(grid)
d = {}
d["x"] = {}
d["x"]["y"] = [1, 2]
d["x"]["y"][0] = "one"
print(d)
d[(1, 2)] = "tuple key"
d[3.5] = "float key"
print(d[1, 2], d[3.5])
lst = [1, 2, 3]
lst[-1] = 30
print(lst)
try:
    lst[10] = 0
except IndexError as exc:
    print("IndexError:", exc)
try:
    (1, 2)[0] = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    "abc"[0] = "z"
except TypeError as exc:
    print("TypeError:", exc)
