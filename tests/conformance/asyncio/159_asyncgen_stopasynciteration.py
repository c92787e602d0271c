# anext() on an exhausted generator raises StopAsyncIteration, or returns the
# default; async for stops cleanly at the end.
import asyncio


async def two():
    yield "a"
    await asyncio.sleep(0.1)
    yield "b"


async def main():
    g = two()
    print(await anext(g), await anext(g))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print([x async for x in two()])
    async for x in two():
        print("loop", x)
    else:
        print("loop ended without break")


asyncio.run(main())
