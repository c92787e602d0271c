# Conformance: async comprehensions (async for inside list/set/dict comprehensions) and await in them.
class Pause:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield "pause"
        return self.value
async def agen(n):
    for i in range(n):
        await Pause(None)
        yield i
async def double(x):
    return await Pause(x * 2)
async def main():
    squares = [i * i async for i in agen(4)]
    print("  list:", squares)
    evens = {i async for i in agen(6) if i % 2 == 0}
    print("  set:", sorted(evens))
    mapping = {i: str(i) async for i in agen(3)}
    print("  dict:", mapping)
    awaited = [await double(x) for x in range(3)]
    print("  awaited:", awaited)
    nested = [(i, j) async for i in agen(2) for j in range(2)]
    print("  nested:", nested)
    gen = (i + 100 async for i in agen(2))
    print("  asyncgen expr:", type(gen).__name__, [v async for v in gen])
    return len(squares)
coro = main()
pauses = 0
try:
    while True:
        coro.send(None)
        pauses += 1
except StopIteration as stop:
    print("result", stop.value, "pauses", pauses)
