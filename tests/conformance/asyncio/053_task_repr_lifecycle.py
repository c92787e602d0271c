# A task's repr through its life: pending before its first step, running at a
# line while suspended, waiting for a future, finished with a result or an
# exception, cancelled.
import asyncio


async def sleeper():
    await asyncio.sleep(1)
    return "slept"


async def failer():
    await asyncio.sleep(0)
    raise ValueError("nope")


async def main():
    s = asyncio.create_task(sleeper())
    f = asyncio.create_task(failer())
    c = asyncio.create_task(sleeper(), name="victim")
    print(s)
    await asyncio.sleep(0)
    print(s)
    print(c)
    c.cancel()
    print(c)
    await asyncio.sleep(0)
    print(c)
    print(f)
    await asyncio.sleep(1.5)
    print(s)
    f.exception()


asyncio.run(main())
