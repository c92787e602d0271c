# Seed 000 (동시성과 다중 스레드): loop.call_soon_threadsafe(callback, *args) and
# loop.call_soon_threadsafe(fut.cancel) from another OS thread.
import asyncio
import threading
import time


def callback(*args):
    print("callback", args, "in", threading.current_thread().name)


def other(loop, fut):
    loop.call_soon_threadsafe(callback, 1, "two")
    time.sleep(0.5)
    loop.call_soon_threadsafe(fut.cancel)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=other, args=(loop, fut), name="Other")
    t.start()
    try:
        await fut
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} fut cancelled from the other thread")
    t.join()


asyncio.run(main())
