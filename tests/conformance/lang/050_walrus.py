# Conformance: assignment expressions (:=) in conditions, loops and comprehensions, and their scope.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print("n after if:", n)
pos = 0
while (item := data[pos]) != 1:
    print("item", item)
    pos += 1
print("stopped at", item, pos)
values = [y for x in data if (y := x * 2) > 6]
print(values, "y leaks from the comprehension:", y)
print([last := v for v in range(3)], last)
total = 0
sums = [total := total + v for v in [1, 2, 3, 4]]
print(sums, total)
def f():
    [z := i for i in range(5)]
    return z
print(f())
print((w := 10) + w, w)
chunks = iter(["ab", "cd", ""])
while chunk := next(chunks):
    print("chunk", chunk)
print(any((hit := v) > 8 for v in data), hit)
import functools
print(functools.reduce(lambda a, b: (c := a + b) * 1, [1, 2, 3]))
