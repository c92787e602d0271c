# Benchmark: asyncio.Lock contention (2000 tasks taking one lock 10 times each, with a sleep inside).
import asyncio


async def worker(lock, shared, n):
    for _ in range(10):
        async with lock:
            shared[0] += n
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    shared = [0]
    await asyncio.gather(*(worker(lock, shared, n) for n in range(2000)))
    print(shared[0])


asyncio.run(main())
