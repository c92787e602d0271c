# Conformance: chained assignment binds every target to the same object, left to right.
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
order = []
class Recorder:
    def __setitem__(self, key, value):
        order.append((key, value))
r = Recorder()
r["first"] = r["second"] = "v"
print(order)
p, q = r2 = (1, 2)
print(p, q, r2)
i = lst = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
d = {}
d["a"] = d["b"] = len(d)
print(d)
