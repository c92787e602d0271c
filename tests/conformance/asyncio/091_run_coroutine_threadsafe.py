# run_coroutine_threadsafe schedules a coroutine on the loop from another
# thread and returns a concurrent.futures.Future; result() blocks that thread.
import asyncio
import threading


async def add(a, b):
    await asyncio.sleep(0.5)
    print("add runs in", threading.current_thread().name)
    return a + b


def worker(loop, out):
    future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    out.append(type(future).__module__ + "." + type(future).__name__)
    out.append(future.result(timeout=10))


async def main():
    loop = asyncio.get_running_loop()
    out = []
    t = threading.Thread(target=worker, args=(loop, out), name="Worker")
    t.start()
    await asyncio.to_thread(t.join)
    print(out, f"{loop.time():.3f}")


asyncio.run(main())
