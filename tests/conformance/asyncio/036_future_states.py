# A Future moves from PENDING to FINISHED or CANCELLED; done(), cancelled()
# and the repr follow each state.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    b = loop.create_future()
    c = loop.create_future()
    for f in (a, b, c):
        print(f, f.done(), f.cancelled())
    a.set_result([1, 2, 3])
    b.set_exception(ValueError("bad value"))
    c.cancel()
    for f in (a, b, c):
        print(f, f.done(), f.cancelled())
    print(a.result(), repr(b.exception()))


asyncio.run(main())
