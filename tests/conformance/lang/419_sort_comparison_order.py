# Conformance: the exact sequence of comparisons list.sort() makes (CPython's timsort: binary
# insertion for short runs, run detection, galloping merges), seen through a __lt__ that logs.
class Item:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Item.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "I%d" % self.v


for values in [[3, 1, 2], [1, 2, 3, 4], [4, 3, 2, 1], [2, 2, 1, 1], [5, 1, 4, 2, 3, 0]]:
    Item.log = []
    items = [Item(v) for v in values]
    items.sort()
    print(items, Item.log)
Item.log = []
items = [Item((i * 37) % 70) for i in range(70)]
items.sort()
print(len(Item.log), Item.log[:12], Item.log[-8:])
print(items[:10])
Item.log = []
runs = [Item(i) for i in list(range(0, 80, 2)) + list(range(1, 80, 2))]
runs.sort()
print(len(Item.log), Item.log[:15])
Item.log = []
rev = [Item(i) for i in range(20)]
rev.sort(reverse=True)
print(rev[:5], len(Item.log), Item.log[:6])
Item.log = []
m = max([Item(3), Item(9), Item(1)])
print(m, Item.log)
