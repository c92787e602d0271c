# After release() the lock is free but promised to the first waiter: if the
# releasing task asks for it again at once, it queues behind that waiter.
import asyncio


async def holder(lock):
    await lock.acquire()
    print("holder has the lock")
    await asyncio.sleep(0.1)
    lock.release()
    print("holder released; locked() =", lock.locked())
    async with lock:
        print("holder has the lock again")


async def waiter(lock):
    async with lock:
        print("waiter has the lock")
        await asyncio.sleep(0)
        print("waiter releases")


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(lock))
    await asyncio.gather(h, w)


asyncio.run(main())
