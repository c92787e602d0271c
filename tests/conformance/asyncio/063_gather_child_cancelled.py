# When one child of gather is cancelled (from outside), gather raises
# CancelledError and the other children keep running.
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name


async def main():
    a = asyncio.create_task(child("a", 0.2))
    b = asyncio.create_task(child("b", 0.5))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.1)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; b done?", b.done())
    print(await b)


asyncio.run(main())
