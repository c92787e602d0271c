# call_soon_threadsafe from another thread wakes the loop through its
# self-pipe; the callbacks then run on the loop's thread, in order.
import asyncio
import threading


def report(label):
    print(label, "runs in", threading.current_thread().name)


def worker(loop, done):
    loop.call_soon_threadsafe(report, "first callback")
    loop.call_soon_threadsafe(report, "second callback")
    loop.call_soon_threadsafe(done.set_result, threading.current_thread().name)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    t = threading.Thread(target=worker, args=(loop, done), name="Worker-1")
    t.start()
    print("main waits")
    print("result set by:", await done)
    t.join()


asyncio.run(main())
