# gather with the same coroutine object twice wraps it once; nested gathers
# flatten nothing: the inner result is a list inside the outer list.
import asyncio


async def value(x):
    await asyncio.sleep(0.1)
    print("computing", x)
    return x


async def main():
    c = value(1)
    print(await asyncio.gather(c, c, value(2)))
    inner = asyncio.gather(value("a"), value("b"))
    print(await asyncio.gather(inner, value("c")))
    t = asyncio.ensure_future(value("t"))
    print(await asyncio.gather(t, t))


asyncio.run(main())
