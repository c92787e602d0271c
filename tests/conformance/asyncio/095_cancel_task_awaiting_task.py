# Cancelling a task that awaits another task cancels the awaited task too;
# the CancelledError travels back up through both.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inner cancelled", e.args)
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args)
        raise


async def main():
    i = asyncio.create_task(inner(), name="inner")
    o = asyncio.create_task(outer(i), name="outer")
    await asyncio.sleep(0.1)
    print(o)
    o.cancel("stop")
    await asyncio.sleep(0)
    print(i)
    print(o)
    await asyncio.sleep(0)
    print(i.cancelled(), o.cancelled())


asyncio.run(main())
