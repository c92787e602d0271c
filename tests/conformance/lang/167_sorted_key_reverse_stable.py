# Conformance: sorted() and list.sort(): key functions, reverse, stability (also with reverse=True),
# sorting tuples, strings by case, and errors for unorderable mixes.
people = [("ann", 30), ("bo", 25), ("cy", 30), ("di", 25), ("ed", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}))
print(sorted([2.5, 1, True, 0.5, -3]), sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")]))
print(sorted([], key=len), sorted(range(5), key=lambda x: x % 2))
data = [5, 3, 8]
result = sorted(data)
print(result, data, result is data)
data.sort(key=lambda x: -x)
print(data)
class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f"{self.name}:{self.price}"
items = [Item("a", 3), Item("b", 1), Item("c", 3), Item("d", 2)]
print(sorted(items, key=lambda i: i.price), sorted(items, key=lambda i: i.price, reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as exc:
    print("TypeError:", exc)
try:
    sorted(items)
except TypeError as exc:
    print("TypeError:", exc)
try:
    sorted([1, 2], lambda x: x)
except TypeError as exc:
    print("TypeError:", exc)
