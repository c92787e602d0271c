# Conformance: async generators: async for over them, asend/athrow/aclose, finally on aclose, types.
class Pause:
    def __await__(self):
        yield "pause"
async def ticker(limit):
    try:
        for i in range(limit):
            await Pause()
            received = yield i
            if received is not None:
                print("  ticker received", received)
    finally:
        print("  ticker cleanup")
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
async def main():
    gen = ticker(3)
    print(" ", type(gen).__name__, gen.__name__)
    async for value in gen:
        print("  value", value)
    gen2 = ticker(10)
    print("  first:", await gen2.__anext__())
    print("  asend:", await gen2.asend("hello"))
    try:
        await gen2.athrow(ValueError("boom"))
    except ValueError as exc:
        print("  athrow propagated:", exc)
    try:
        await gen2.__anext__()
    except StopAsyncIteration:
        print("  exhausted after athrow")
    gen3 = ticker(10)
    await gen3.__anext__()
    await gen3.aclose()
    print("  closed")
    return "ok"
print(run(main()))
