# Seed 001 (Lock) adapted to 3.11: async with lock instead of "with await
# lock", tasks instead of bare coroutines. Each worker holds the lock across a
# blocking time.sleep, which stalls the whole loop, not just the lock.
import asyncio
import time


async def myWorker(lock, name):
    loop = asyncio.get_running_loop()
    async with lock:
        print(f"{loop.time():.3f} {name} has attained lock, modifying variable")
        time.sleep(2)
    print(f"{loop.time():.3f} {name} has released the lock")


async def ticker():
    loop = asyncio.get_running_loop()
    for _ in range(3):
        print(f"{loop.time():.3f} tick")
        await asyncio.sleep(0.5)


async def main():
    lock = asyncio.Lock()
    await asyncio.wait([
        asyncio.create_task(ticker()),
        asyncio.create_task(myWorker(lock, "w1")),
        asyncio.create_task(myWorker(lock, "w2")),
    ])


asyncio.run(main())
