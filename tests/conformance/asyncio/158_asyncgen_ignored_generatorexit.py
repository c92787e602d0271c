# An async generator that yields again in its finally while being closed:
# aclose() raises "async generator ignored GeneratorExit".
import asyncio


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def main():
    g = stubborn()
    print(await anext(g))
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
