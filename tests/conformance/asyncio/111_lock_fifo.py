# Lock waiters acquire in FIFO order; locked() and the repr show the state
# and the number of waiters.
import asyncio


async def worker(lock, name, hold):
    loop = asyncio.get_running_loop()
    async with lock:
        print(f"{loop.time():.3f} {name} acquired")
        await asyncio.sleep(hold)
    print(f"{loop.time():.3f} {name} released")


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), repr(lock).split(" [")[1])
    tasks = [asyncio.create_task(worker(lock, n, 0.1)) for n in ("A", "B", "C", "D")]
    await asyncio.sleep(0)
    print(lock.locked(), repr(lock).split(" [")[1])
    await asyncio.gather(*tasks)
    print(lock.locked(), repr(lock).split(" [")[1])


asyncio.run(main())
