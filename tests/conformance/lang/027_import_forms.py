# Conformance: import x, import x as y, from x import y, from x import y as z, and module attributes.
import sys
import functools as ft
from collections import deque, namedtuple as nt
from itertools import count
import collections
print(type(sys).__name__, sys.__name__, ft.__name__)
print(deque([1, 2]))
Point = nt("Point", "x y")
print(Point(1, 2))
print(next(count(5)))
print(collections.deque is deque)
import collections as again
print(again is collections)
def local_import():
    from functools import reduce
    return reduce(lambda a, b: a * b, [1, 2, 3, 4])
print(local_import())
try:
    from collections import no_such_name
except ImportError as exc:
    print(type(exc).__name__, exc.name, "|", str(exc).split(" (")[0])
print(__name__)
