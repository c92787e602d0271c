# Conformance: the aiter() and anext() built-ins, anext with a default, and their TypeErrors.
class Pause:
    def __await__(self):
        yield "pause"
async def numbers():
    for i in range(2):
        await Pause()
        yield i
async def main():
    it = aiter(numbers())
    print("  aiter type:", type(it).__name__)
    print("  anext:", await anext(it))
    print("  anext:", await anext(it))
    print("  anext default:", await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration as exc:
        print("  StopAsyncIteration", repr(exc))
    try:
        aiter([1, 2])
    except TypeError as exc:
        print("  TypeError:", exc)
    try:
        anext(iter([1]))
    except TypeError as exc:
        print("  TypeError:", exc)
    return "ok"
coro = main()
try:
    while True:
        coro.send(None)
except StopIteration as stop:
    print(stop.value)
