# Conformance: the sequence protocol fallback: iteration via __getitem__ until IndexError; reversed().
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= self.n:
            raise IndexError("done")
        return i * i
print(list(Squares(3)))
print(4 in Squares(5))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
print(list(reversed(Seq("abc"))), [x for x in Seq((1, 2))])
class Reversible:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Reversible())))
try:
    reversed(object())
except TypeError as exc:
    print("TypeError:", exc)
try:
    reversed({1, 2})
except TypeError as exc:
    print("TypeError:", exc)
print(list(reversed(range(4))), list(reversed([1, 2])), list(reversed((3, 4))), "".join(reversed("xyz")))
print(list(reversed({"a": 1, "b": 2})), type(reversed([1])).__name__)
