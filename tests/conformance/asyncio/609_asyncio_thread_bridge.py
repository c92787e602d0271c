# Threads and the event loop together: a worker thread feeds an asyncio.Queue
# through call_soon_threadsafe; another submits coroutines with
# run_coroutine_threadsafe and waits with a timeout (TimeoutError, then the
# result); to_thread runs blocking calls side by side; wrap_future awaits a
# concurrent.futures.Future that a thread completes.
import asyncio
import concurrent.futures
import threading
import time


def feeder(loop, q):
    for i in range(3):
        time.sleep(0.5)
        loop.call_soon_threadsafe(q.put_nowait, f"msg-{i}")
    loop.call_soon_threadsafe(q.put_nowait, None)


async def slow_double(x):
    await asyncio.sleep(1)
    return 2 * x


def asker(loop):
    fut = asyncio.run_coroutine_threadsafe(slow_double(21), loop)
    try:
        fut.result(timeout=0.25)
    except TimeoutError:
        print(f"asker: TimeoutError at {time.monotonic()}")
    print(f"asker: {fut.result()} at {time.monotonic()}")
    return "asker done"


def blocking(name, seconds):
    time.sleep(seconds)
    if name == "bad":
        raise LookupError(name)
    return f"{name} after {seconds}s in {threading.current_thread().name}"


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    threading.Thread(target=feeder, args=(loop, q), name="feeder").start()
    while (item := await q.get()) is not None:
        print(f"main got {item} at {loop.time()}")

    print(await loop.run_in_executor(None, asker, loop), loop.time())

    results = await asyncio.gather(
        asyncio.to_thread(blocking, "a", 1),
        asyncio.to_thread(blocking, "b", 2),
        asyncio.to_thread(blocking, "bad", 0.5),
        return_exceptions=True)
    print(results, loop.time())

    cfut = concurrent.futures.Future()
    threading.Timer(1, cfut.set_result, args=("from a timer",)).start()
    print(await asyncio.wrap_future(cfut), loop.time())


asyncio.run(main())
print("threads left:", threading.active_count())
