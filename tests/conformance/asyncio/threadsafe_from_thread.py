# Another OS thread schedules a callback with call_soon_threadsafe and a coroutine with
# run_coroutine_threadsafe, then waits for the coroutine's result.
import asyncio
import threading
import time


async def coro_func():
    return await asyncio.sleep(1, 42)


def other_thread(loop, done):
    time.sleep(0.5)
    loop.call_soon_threadsafe(print, f"callback scheduled from a thread at {time.monotonic()}")
    future = asyncio.run_coroutine_threadsafe(coro_func(), loop)
    print("thread waits for the result")
    print(f"thread got {future.result()} at {time.monotonic()}")
    loop.call_soon_threadsafe(done.set_result, "bye")


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    thread = threading.Thread(target=other_thread, args=(loop, done))
    thread.start()
    print(f"main awaits at {loop.time()}")
    print(f"main got {await done!r} at {loop.time()}")
    thread.join()


asyncio.run(main())
