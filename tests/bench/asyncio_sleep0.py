# Benchmark: asyncio task switching (10 000 tasks, each yielding to the loop 20 times).
import asyncio


async def worker(n):
    total = 0
    for i in range(20):
        await asyncio.sleep(0)
        total += i * n
    return total


async def main():
    results = await asyncio.gather(*(worker(n) for n in range(10_000)))
    print(len(results), sum(results))


asyncio.run(main())
