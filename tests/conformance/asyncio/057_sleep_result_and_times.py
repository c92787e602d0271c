# asyncio.sleep(delay, result) returns result after delay seconds of virtual
# time; negative delays behave as 0.
import asyncio


async def nap(delay, label):
    loop = asyncio.get_running_loop()
    value = await asyncio.sleep(delay, label)
    print(f"{loop.time():.3f} {value}")
    return value


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.5, "half"), f"{loop.time():.3f}")
    print(await asyncio.sleep(-3, "negative"), f"{loop.time():.3f}")
    results = await asyncio.gather(nap(0.3, "c"), nap(0.1, "a"), nap(0.2, "b"))
    print(results, f"{loop.time():.3f}")


asyncio.run(main())
