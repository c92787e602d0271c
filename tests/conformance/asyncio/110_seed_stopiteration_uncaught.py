# Seed 004 (3.3 코루틴, In [4]/[10]): send() on a coroutine that returns raises
# StopIteration: 123, uncaught here, so Python prints the traceback.
import asyncio


async def f():
    await asyncio.sleep(0)
    return 123


coro = f()
coro.send(None)
coro.send(None)
