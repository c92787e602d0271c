# set_default_executor replaces the executor used by run_in_executor(None, ...)
# and to_thread; a one-worker pool serializes the jobs.
import asyncio
import concurrent.futures
import threading
import time


def job(i):
    time.sleep(0.2)
    return (i, threading.current_thread().name)


async def main():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo")
    loop.set_default_executor(pool)
    futs = [loop.run_in_executor(None, job, i) for i in range(3)]
    futs.append(asyncio.ensure_future(asyncio.to_thread(job, 3)))
    for f in futs:
        r = await f
        print(f"{loop.time():.3f}", r)
    try:
        loop.set_default_executor(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
