# Seed 004 (3.3 코루틴, In [1]): a generator function and a coroutine function
# are plain functions; calling them gives a generator and a coroutine.
# (inspect.iscoroutinefunction is replaced by asyncio.iscoroutinefunction.)
import asyncio


def g():
    yield 123


gen = g()
print(type(g))
print(type(gen))
print(next(gen))


async def f():
    return 123


print(type(f))
print(asyncio.iscoroutinefunction(f))
coro = f()
print(type(coro))
print(asyncio.iscoroutine(coro))
coro.close()
