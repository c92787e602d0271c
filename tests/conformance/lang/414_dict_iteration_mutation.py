# Conformance: changing a dict while iterating over it: a size change raises RuntimeError at the
# next step, replacing values is fine, and deleting then adding a key is caught as "dictionary
# keys changed during iteration".
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(d)
e = {1: "a", 2: "b"}
for k in e:
    e[k] = e[k] * 2
print(e)
f = {0: 0}
try:
    for k in f:
        del f[k]
        f[k + 1] = k + 1
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(f)
g = {"x": 1, "y": 2, "z": 3}
try:
    for k, v in g.items():
        if k == "y":
            del g["z"]
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(g)
h = {"x": 1, "y": 2, "z": 3}
for k in list(h):
    if k != "y":
        del h[k]
print(h)
it = iter({"a": 1, "b": 2})
print(next(it))
try:
    for vals in [{"p": 1}.values()]:
        m = {"p": 1}
        vi = iter(m.values())
        m["q"] = 2
        next(vi)
except RuntimeError as exc:
    print("RuntimeError:", exc)
r = {i: i for i in range(5)}
ri = reversed(r)
print(next(ri), next(ri))
r.pop(0)
try:
    next(ri)
except RuntimeError as exc:
    print("RuntimeError:", exc)
try:
    next(ri)
except RuntimeError as exc:
    print("RuntimeError again:", exc)
