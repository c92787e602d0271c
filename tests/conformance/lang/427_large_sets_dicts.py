# Conformance: sets and dicts that grow through many resizes (including past 50,000 items, where
# a set's growth factor changes) and shrink again; the printed prefixes show the table order.
s = set()
for i in range(60000):
    s.add((i * 7919) % 100003)
print(len(s), list(s)[:15], list(s)[-5:])
for i in range(0, 100003, 3):
    s.discard(i)
print(len(s), list(s)[:15])
s.update(range(-100, 0))
print(list(s)[:12], list(s)[-12:])
words = {"w%d" % i for i in range(3000)}
print(len(words), list(words)[:8])
words.difference_update({"w%d" % i for i in range(2900)})
print(len(words), list(words)[:10])
copy = set(words)
print(list(copy)[:10] == list(words)[:10], copy == words)
d = {}
for i in range(20000):
    d[(i * 31) % 20011] = i
for k in list(d)[::2]:
    del d[k]
print(len(d), list(d.items())[:6], list(d)[-3:])
fs = frozenset(range(0, 5000, 7))
print(hash(fs), len(fs), list(fs)[:10])
print(len({i % 1000: i for i in range(10**5)}), sum(set(range(0, 10**5, 3))))
