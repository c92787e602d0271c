# The default executor is a ThreadPoolExecutor with min(32, cpu_count + 4)
# workers (cpu_count is 4 under loopstep and the oracle): ten 1-second jobs
# finish in two waves.
import asyncio
import time


def job(i):
    time.sleep(1)
    return i


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, job, i) for i in range(10)]
    waves = {}
    for f in asyncio.as_completed(futs):
        await f
        t = f"{loop.time():.3f}"
        waves[t] = waves.get(t, 0) + 1
    print(waves)


asyncio.run(main())
