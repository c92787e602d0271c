# time.sleep in a worker thread blocks only that worker: the loop keeps
# running its timers; time.sleep on the loop's thread blocks everything.
import asyncio
import time


def worker_sleep():
    time.sleep(1)
    return "worker woke"


async def ticker(label, n):
    loop = asyncio.get_running_loop()
    for _ in range(n):
        print(f"{loop.time():.3f} {label}")
        await asyncio.sleep(0.25)


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(asyncio.to_thread(worker_sleep), ticker("tick", 5))
    print(f"{loop.time():.3f} {results[0]}")
    t = asyncio.create_task(ticker("tock", 3))
    await asyncio.sleep(0)
    time.sleep(1)
    print(f"{loop.time():.3f} loop thread slept")
    await t


asyncio.run(main())
