# Conformance: list methods at their edges and CPython's messages: insert with out-of-range
# positions, pop, remove, index with start/stop, count, reverse, copy, extend from iterators,
# clear, repetition and concatenation.
a = [1, 2, 3]
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
a.insert(-100, "very first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
for args in [(10,), (-10,)]:
    try:
        a.pop(*args)
    except IndexError as exc:
        print("IndexError:", exc)
try:
    [].pop()
except IndexError as exc:
    print("IndexError:", exc)
b = [3, 1, 3, 2, 3]
b.remove(3)
print(b, b.count(3), b.count(9), b.index(3), b.index(3, 2), b.index(2, -2))
try:
    b.remove(42)
except ValueError as exc:
    print("ValueError:", exc)
for args in [(42,), (1, 1), (3, 0, 1), ("x",)]:
    try:
        b.index(*args)
    except ValueError as exc:
        print("ValueError:", exc)
print(b.index(3, -100, 100), b.index(1, 0, 2**80))
b.reverse()
print(b, b.copy() == b, b.copy() is b)
b.extend(range(3))
b.extend("ab")
b.extend(x * 10 for x in range(2))
b.extend({"k": 1})
b.extend(b)
print(b)
b.clear()
print(b, len(b))
c = [1, [2]]
d = c * 2
d[1].append(3)
print(c, d, c * 0, c * -1, [] * 5, [0] * 3)
print([1] + [2], [1] + [] + [3, 4])
e = [1]
e += (2, 3)
e += "ab"
e *= 2
print(e)
e *= 0
print(e)
for bad in [lambda: [1] + (2,), lambda: [1] * 1.5, lambda: [1] * "2", lambda: [1] + None]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
f = [1]
try:
    f += 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    f.append()
except TypeError as exc:
    print("TypeError:", exc)
try:
    f.insert(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    f.sort(1)
except TypeError as exc:
    print("TypeError:", exc)
print(list.append, [].append.__name__)
print(3 * [7], 2 * (1, 2))
