# Conformance: set.pop() takes items in table order from where the previous pop stopped, so the
# sequence of popped values and what is left match CPython; clear() and pop from an empty set.
s = set(range(10, 30))
popped = [s.pop() for _ in range(7)]
print(popped, s)
s.add(1)
s.add(200)
print(s.pop(), s.pop(), s)
t = {"alpha", "beta", "gamma", "delta", "epsilon"}
order = []
while t:
    order.append(t.pop())
print(order, t)
try:
    t.pop()
except KeyError as exc:
    print("KeyError:", exc)
u = {5, 13, 21, 29}
print(u.pop(), u)
u.add(37)
u.add(5)
print(u, u.pop(), u.pop(), u)
u.clear()
print(u, len(u))
u.add(3)
print(u, u.pop(), u)
v = set(range(100))
for _ in range(95):
    v.pop()
print(v)
v.update(range(1000, 1010))
print(v)
