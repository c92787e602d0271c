# ensure_future wraps a coroutine in a task, returns futures and tasks as
# they are, wraps other awaitables, and rejects everything else.
import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return "custom awaitable"


async def coro():
    return "coroutine"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, t.get_name())
    print(asyncio.ensure_future(t) is t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, w)
    print(await t, await w)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    f.cancel()


asyncio.run(main())
