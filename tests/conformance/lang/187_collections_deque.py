# Conformance: collections.deque: append/appendleft/pop/popleft/extend/extendleft/rotate, maxlen
# eviction, indexing, reprs, equality, and errors on empty deques.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
bounded = deque(maxlen=3)
for i in range(5):
    bounded.append(i)
    print(bounded)
bounded.appendleft("L")
print(bounded, bounded.maxlen)
print(deque(), deque("xy"), deque([[1], (2,)]), deque(range(3), maxlen=5))
print(deque([1, 2]) == deque([1, 2]), list(reversed(deque("abc"))), 2 in deque([1, 2]), d.count(7), d.index(7))
q = deque(["a", "b", "c"])
q.remove("b")
q.insert(1, "z")
print(q, q.copy(), list(q))
q.clear()
print(q, bool(q))
for op in (q.pop, q.popleft):
    try:
        op()
    except IndexError as exc:
        print("IndexError:", exc)
try:
    q[0]
except IndexError as exc:
    print("IndexError:", exc)
