# Conformance: async def makes coroutines; await on an object with __await__; driving a coroutine
# by hand with send() (no event loop): suspension values, resumption values and the return value.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        received = yield self.label
        return f"{self.label} resumed with {received!r}"
async def inner(n):
    first = await Tick(f"inner-{n}")
    print("  inner got:", first)
    return n * 10
async def outer():
    print("  outer starts")
    value = await inner(1)
    second = await Tick("outer")
    print("  outer got:", second)
    return value + await inner(2)
coro = outer()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
step = 0
try:
    signal = coro.send(None)
    while True:
        step += 1
        print("suspended at", repr(signal))
        signal = coro.send(step)
except StopIteration as stop:
    print("finished with", stop.value, "after", step, "resumptions")
try:
    coro.send(None)
except RuntimeError as exc:
    print("RuntimeError:", exc)
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
c = bad()
try:
    c.send(None)
except TypeError as exc:
    print("TypeError:", exc)
