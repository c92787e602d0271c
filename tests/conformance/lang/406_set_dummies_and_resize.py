# Conformance: deleted slots ("dummies") are reused by later additions and purged when the table
# is rebuilt; difference_update rebuilds a table that is more than a quarter dummies. All of it
# shows in the order a set prints.
s = set(range(16))
for i in range(0, 16, 2):
    s.discard(i)
print(s)
s.add(100)
s.add(4)
print(s)
for i in range(200, 240):
    s.add(i)
print(s)
for i in range(200, 236):
    s.discard(i)
print(s)
s.add(-1)
print(s)
t = set(range(40))
t.difference_update(range(0, 40, 2))
print(t)
t.add(0)
t.add(64)
print(t)
u = set(range(8))
u -= {1, 2, 3, 4, 5}
print(u)
u |= {9, 17, 25}
print(u)
w = {"k%d" % i for i in range(20)}
for i in range(15):
    w.remove("k%d" % i)
w.add("k0")
w.add("zz")
print(w)
x = set()
for round_ in range(5):
    for i in range(round_ * 10, round_ * 10 + 10):
        x.add(i)
    for i in range(round_ * 10, round_ * 10 + 7):
        x.discard(i)
    print(x)
