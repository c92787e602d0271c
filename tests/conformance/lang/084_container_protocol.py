# Conformance: __len__ __getitem__ __setitem__ __delitem__ __contains__ on a user container.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        print("  getitem", key)
        if isinstance(key, slice):
            return [self[i, 0] for i in range(*key.indices(self.w))]
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} outside grid")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("  setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("  delitem", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[1, 1] = "#"
g[0, 0] = "@"
print(len(g), g[1, 1], g[2, 1], "#" in g, "?" in g)
print(g[0:2])
del g[1, 1]
print("#" in g)
try:
    g[5, 5]
except IndexError as exc:
    print("IndexError:", exc)
try:
    del g[9, 9]
except KeyError as exc:
    print("KeyError:", exc)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as exc:
    print("ValueError:", exc)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as exc:
    print("TypeError:", exc)
try:
    len(5)
except TypeError as exc:
    print("TypeError:", exc)
