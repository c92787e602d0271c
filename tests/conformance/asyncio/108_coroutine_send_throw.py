# Seed 004 (3.3 코루틴): a coroutine driven by hand: send(None) starts it, it
# stops at the await, StopIteration carries the return value, and throw()
# raises an exception at the await point.
import asyncio


async def f():
    return 123


async def g():
    await asyncio.sleep(0)
    return 123


async def h():
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled")


coro = f()
try:
    coro.send(None)
except StopIteration as e:
    print(f"the answer was: {e.value}")

coro = g()
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)

coro = h()
coro.send(None)
coro.send(None)
try:
    coro.throw(asyncio.CancelledError)
except StopIteration as e:
    print("StopIteration value:", e.value)

coro = g()
coro.send(None)
coro.throw(Exception, "blah")
