# set_exception accepts a class (instantiated) or an instance, and refuses
# StopIteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError)
    print(repr(f.exception()))
    g = loop.create_future()
    try:
        g.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    print(g.done())
    try:
        g.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    g.cancel()


asyncio.run(main())
