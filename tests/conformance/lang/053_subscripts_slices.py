# Conformance: indexing and slicing of lists, tuples, strings and ranges, including negatives and steps.
s = "abcdefghij"
lst = list(range(10))
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[:-3], s[1:8:3], s[8:1:-2])
print(lst[2:5], lst[-100:3], lst[8:100], lst[5:2], lst[::-3], lst[-1:-4:-1])
t = tuple(lst)
print(t[1:3], t[::4], type(t[1:3]).__name__)
r = range(0, 20, 2)
print(r[3], r[-1], r[2:5], r[::-1], list(r[1:4]))
print(s[100:], s[-100:2], lst[3:3], "".join(reversed(s[:4])))
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix[1][-1], [row[1] for row in matrix], matrix[-1][::-1])
d = {(0, 1): "tuple key", "k": [10, 20]}
print(d[0, 1], d["k"][1])
for bad in (lambda: s[10], lambda: lst[-11], lambda: t[99], lambda: r[10]):
    try:
        bad()
    except IndexError as exc:
        print("IndexError:", exc)
try:
    lst["a"]
except TypeError as exc:
    print("TypeError:", exc)
try:
    lst[1.0]
except TypeError as exc:
    print("TypeError:", exc)
try:
    s[::0]
except ValueError as exc:
    print("ValueError:", exc)
try:
    number = 5
    number[0]
except TypeError as exc:
    print("TypeError:", exc)
print(lst[True], s[False:2], "xyz"[-0])
