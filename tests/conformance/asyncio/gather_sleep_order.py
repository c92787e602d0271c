# Three tasks sleep for different times; gather returns results in argument order while the
# prints come in wake-up order.
import asyncio


async def worker(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} {name} starts, sleeping {delay}")
    await asyncio.sleep(delay)
    print(f"{loop.time():.1f} {name} wakes")
    return name.upper()


async def main():
    results = await asyncio.gather(worker("a", 0.3), worker("b", 0.1), worker("c", 0.2))
    print(results)


asyncio.run(main())
