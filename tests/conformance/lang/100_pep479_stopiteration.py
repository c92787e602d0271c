# Conformance: PEP 479: a StopIteration raised inside a generator becomes RuntimeError with the
# original as __cause__; return is the correct way to stop; the same in generator expressions.
def bad_gen():
    yield 1
    raise StopIteration("stop!")
g = bad_gen()
print(next(g))
try:
    next(g)
except RuntimeError as exc:
    print("RuntimeError:", exc)
    print("cause:", repr(exc.__cause__), "suppress:", exc.__suppress_context__)
def leaks_next():
    it = iter([1, 2])
    while True:
        yield next(it)
try:
    print(list(leaks_next()))
except RuntimeError as exc:
    print("RuntimeError:", exc, type(exc.__cause__).__name__)
def good_gen():
    it = iter([1, 2])
    while True:
        try:
            value = next(it)
        except StopIteration:
            return
        yield value
print(list(good_gen()))
def stops_in_gexpr():
    def explode(x):
        if x == 2:
            raise StopIteration
        return x
    return list(explode(x) for x in range(5))
try:
    print(stops_in_gexpr())
except RuntimeError as exc:
    print("genexpr RuntimeError:", exc)
def explode(x):
    if x == 2:
        raise StopIteration
    return x
print("list comprehension is not a generator:", end=" ")
try:
    print([explode(x) for x in range(5)])
except StopIteration:
    print("StopIteration propagates unchanged")
print(list(map(explode, range(5))))
