# Conformance: the iteration (and printed) order of sets of ints, which follows CPython's table:
# small and negative ints, ints that collide modulo the table size, growth through several
# resizes, and the order after removals and re-insertions.
print({3, 1, 2})
print({10, 20, 30, 40, 50, 60, 70, 80})
print({-1, -2, -3, 0, 1, 2, 3})
print({8, 16, 24, 32, 0})
print({1000, 2000, 3000, 4000, 5000, 6000, 7000})
print({2**61, 2**62, 2**63, 2**64, -(2**63), 1, 7})
print({10**20, 10**18 + 3, 12345678901234567890})

s = set()
for i in range(0, 200, 7):
    s.add(i)
    if i % 35 == 0:
        print(len(s), s)
print(s)

t = set()
for i in range(40):
    t.add((i * 37) % 101 - 50)
print(t)

u = set(range(30))
for i in range(0, 30, 3):
    u.discard(i)
print(u)
for i in range(100, 110):
    u.add(i)
print(u)
u.add(0)
u.add(3)
print(u)

v = {x * x for x in range(-12, 13)}
print(v)
print(set(range(20, 0, -1)))
print(set([5, 4, 3, 2, 1, 5, 4, 3]))
print({x % 17 for x in range(1000, 1100)})
print(list({99, 98, 97, 9, 8, 7}))
print(sorted({99, 98, 97, 9, 8, 7}))
