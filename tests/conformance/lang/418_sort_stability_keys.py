# Conformance: list.sort() and sorted() are stable, also with reverse=True; key functions are
# called once per item in order; mixed types raise CPython's TypeError and leave the list in the
# partly sorted state CPython leaves; changing the list from a key raises ValueError.
records = [("amy", 3), ("bob", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2), ("gus", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, reverse=True))
words = "banana Apple cherry apple Banana date Cherry fig".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
seen = []


def key(x):
    seen.append(x)
    return -x


nums = [5, 3, 8, 1, 9, 2]
nums.sort(key=key)
print(nums, seen)
print(sorted([3.5, 1, 2.25, -1, 0]), sorted([True, False, 2, -1]))
print(sorted((x * 7919) % 1000 for x in range(40)))
lcg = 12345
data = []
for _ in range(300):
    lcg = (lcg * 1103515245 + 12345) % 2**31
    data.append(lcg % 50)
data.sort()
print(data[:20], data[-10:], len(data))
pairs = [(v % 5, i) for i, v in enumerate(data[::-1][:100])]
pairs.sort(key=lambda p: p[0])
print(pairs[:25])
desc = list(range(50, 0, -1)) + list(range(50))
desc.sort()
print(desc[:12], desc[-5:])
for bad in [[3, 1, "a", 2], [1, 2, 3, "a"], ["a", 1], [1.5, None, 2]]:
    try:
        bad.sort()
    except TypeError as exc:
        print("TypeError:", exc, bad)
big = list(range(100))
big[50] = "x"
try:
    big.sort(reverse=True)
except TypeError as exc:
    print("TypeError:", exc, big[:5], big[45:55], big[-5:])
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as exc:
    print("ValueError:", exc, lst)
try:
    sorted([1, 2], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
e = []
e.sort()
print(e, sorted(""), sorted({3: 1, 1: 2}), sorted("bca"), sorted((3, 1, 2), reverse=True))
print(sorted([[2, 1], [1, 2], [1], [], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
