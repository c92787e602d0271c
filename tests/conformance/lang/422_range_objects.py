# Conformance: range objects: reprs, len, indexing, slicing (which gives ranges), membership,
# index and count, equality and hashing, reversed, iteration, big bounds and errors.
for r in [range(5), range(2, 8), range(2, 8, 1), range(10, 0, -3), range(0), range(5, 2),
          range(-5, 5, 4), range(True, 5)]:
    print(r, len(r), list(r), bool(r), r.start, r.stop, r.step)
r = range(3, 30, 4)
print(r[0], r[-1], r[3], r[:3], r[::2], r[::-1], r[1:-1:2], r[100:], r[-100:2])
print(list(r[::-2]), r[5:1:-1], list(r[5:1:-1]))
print(7 in r, 8 in r, 27 in r, 31 in r, 7.0 in r, "7" in r, True in range(2))
print(r.index(11), r.count(11), r.count(12), r.count(11.0))
for bad in [12, "x", 11.5]:
    try:
        r.index(bad)
    except ValueError as exc:
        print("ValueError:", exc)
print(range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), range(3) == range(0, 3, 1))
print(range(3) != range(4), range(3) == [0, 1, 2], hash(range(0)) == hash(range(7, 2)))
print(hash(range(5)), hash(range(1, 2)), hash(range(1, 10, 3)))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed(range(7))))
big = range(10**20)
print(big, big[10**19], big[-1], big[::10**18][:3], 10**19 in big, big.index(12345))
try:
    len(big)
except OverflowError as exc:
    print("OverflowError:", exc)
huge = range(-(10**20), 10**20, 10**19)
print(list(huge)[:3], huge[5], len(huge), list(reversed(huge))[:2])
print(range(2**62, 2**62 + 3), list(range(2**62, 2**62 + 3)), list(range(2**63 - 2, 2**63 + 1)))
for args in [(), (1, 2, 3, 4), (1, 2, 0), (1.5,), ("3",), (None,)]:
    try:
        range(*args)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
for i in [5, -6, 2**70]:
    try:
        range(5)[i]
    except IndexError as exc:
        print("IndexError:", exc)
try:
    range(5)["a"]
except TypeError as exc:
    print("TypeError:", exc)
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(0, 100, 7)), max(range(3, 50, 11)), sorted(range(5, 0, -2)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print([i * j for i in range(1, 4) for j in range(i)], dict.fromkeys(range(3)))
