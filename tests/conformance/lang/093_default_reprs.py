# Conformance: default reprs that contain addresses (masked by the comparison): objects, functions,
# methods, lambdas, nested functions, generators, coroutines, classes and built-in callables.
class Plain:
    def method(self):
        pass
def top():
    def nested():
        pass
    return nested
def gen():
    yield 1
async def coro():
    pass
p = Plain()
print(p)
print(repr(p), str(p))
print([p, p])
print(top, top())
print(lambda: 0)
print(Plain.method)
print(p.method)
g = gen()
print(g)
c = coro()
print(c)
c.close()
print(Plain, top.__qualname__, top().__qualname__)
print(print, len, str.upper, "x".upper, [].append)
print(iter([1]).__class__.__name__, type(iter(range(2))).__name__)
print(object(), type(p).__repr__(p) == repr(p))
print(staticmethod, classmethod, property)
print(NotImplemented, Ellipsis, None, type(None))
