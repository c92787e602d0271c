# Semaphore(2): at most two holders; the others wait FIFO; the repr shows the
# value and the waiters.
import asyncio


async def worker(sem, name):
    loop = asyncio.get_running_loop()
    async with sem:
        print(f"{loop.time():.3f} {name} in")
        await asyncio.sleep(0.3)
        print(f"{loop.time():.3f} {name} out")


async def main():
    sem = asyncio.Semaphore(2)
    print(repr(sem).split(" [")[1])
    tasks = [asyncio.create_task(worker(sem, f"w{i}")) for i in range(5)]
    await asyncio.sleep(0)
    print(repr(sem).split(" [")[1], sem.locked())
    await asyncio.gather(*tasks)
    print(repr(sem).split(" [")[1], sem.locked())


asyncio.run(main())
