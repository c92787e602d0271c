# as_completed(timeout=...) raises TimeoutError from the first await past the
# deadline; tasks still running are left alone.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in (0.4, 0.1, 2.0)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=1.0):
            result = await fut
            print(f"{loop.time():.3f} got {result}")
    except asyncio.TimeoutError:
        print(f"{loop.time():.3f} timed out")
    print([t.done() for t in tasks])
    print(await tasks[2], f"{loop.time():.3f}")
    try:
        list(asyncio.as_completed(tasks[0]))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
