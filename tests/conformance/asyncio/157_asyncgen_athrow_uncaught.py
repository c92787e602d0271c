# athrow() with an exception the generator does not catch propagates it to
# the caller and finishes the generator; athrow() on a finished generator
# returns None in 3.11.
import asyncio


async def counter():
    n = 0
    while True:
        yield n
        n += 1


async def main():
    g = counter()
    print(await anext(g), await anext(g))
    try:
        await g.athrow(KeyError("stop"))
    except KeyError as e:
        print("propagated", repr(e))
    print(g.ag_frame is None)
    print(await anext(g, "default after the end"))
    print("athrow into a finished generator:", await g.athrow(RuntimeError("ignored")))


asyncio.run(main())
