# run_in_executor with a one-worker ThreadPoolExecutor: jobs run one after
# another in submission order; the loop's timers keep firing meanwhile.
import asyncio
import concurrent.futures
import time


def job(n):
    time.sleep(0.3)
    return n


async def ticker(stop):
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        print(f"{loop.time():.3f} tick")
        await asyncio.sleep(0.25)


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    t = asyncio.create_task(ticker(stop))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        futs = [loop.run_in_executor(pool, job, n) for n in range(3)]
        for f in futs:
            result = await f
            print(f"{loop.time():.3f} job result {result}")
    stop.set()
    await t


asyncio.run(main())
