# Conformance: iter(callable, sentinel) calls until the sentinel appears; errors for bad arguments.
values = [3, 1, 4, 0, 5, 9]
pos = 0
def read():
    global pos
    pos += 1
    print("  read called")
    return values[pos - 1]
print(list(iter(read, 0)))
print("position after sentinel:", pos)
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
    def __call__(self):
        return self.rolls.pop(0)
for roll in iter(Dice([2, 5, 6, 3]), 6):
    print("rolled", roll)
lines = iter(["first", "second", "", "never"])
print(list(iter(lambda: next(lines), "")))
it = iter(lambda: "x", "x")
print(list(it), type(it).__name__)
count = iter(int, 1)
print(next(count), next(count))
try:
    iter(5, 1)
except TypeError as exc:
    print("TypeError:", exc)
