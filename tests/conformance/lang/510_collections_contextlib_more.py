# Conformance: collections (deque maxlen/rotate/extendleft and repr, defaultdict repr and
# default_factory, namedtuple _replace/_asdict/_fields/defaults, Counter most_common and
# arithmetic, OrderedDict move_to_end, ChainMap lookups) and contextlib (ExitStack unwinding
# order, nullcontext, closing, redirect_stdout, suppress with several types).
import collections
import contextlib

d = collections.deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
d.extendleft([0, -1])
d.rotate(1)
print(d, d.maxlen, d[0], d[-1], list(reversed(d)))
dd = collections.defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory, dict(dd))
Point = collections.namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, p._replace(z=9), p._asdict(), Point._fields, Point._field_defaults)
c = collections.Counter("abracadabra")
print(c.most_common(3), c["z"], c + collections.Counter("aaz"), c - collections.Counter("abc"))
print(sorted(c.elements())[:6], sum(c.values()))
od = collections.OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, list(od))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm), cm.maps)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

    def close(self):
        print("close", self.name)


with contextlib.ExitStack() as stack:
    for name in "abc":
        stack.enter_context(Resource(name))
    stack.callback(print, "callback runs first")
with contextlib.nullcontext(42) as value:
    print("nullcontext gave", value)
with contextlib.closing(Resource("r")):
    print("inside closing")
class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


buf = Collector()
with contextlib.redirect_stdout(buf):
    print("captured line", end="!")
print("captured:", buf.parts)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource("x"))
        raise ValueError("boom")
except ValueError as exc:
    print("ValueError:", exc)
