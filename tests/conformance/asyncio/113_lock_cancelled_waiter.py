# A waiter cancelled while queued on a Lock gives up its place; the next
# waiter gets the lock, and FIFO order holds for the rest.
import asyncio


async def worker(lock, name):
    try:
        async with lock:
            print(name, "has the lock")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")


async def main():
    lock = asyncio.Lock()
    tasks = {n: asyncio.create_task(worker(lock, n)) for n in ("A", "B", "C", "D")}
    await asyncio.sleep(0.05)
    tasks["B"].cancel()
    await asyncio.gather(*tasks.values())
    print("all done, locked:", lock.locked())


asyncio.run(main())
