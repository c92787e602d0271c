# Condition methods need the lock: wait/notify without it raise RuntimeError;
# a Condition can share an existing Lock.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with lock:
        print("condition sees lock held:", shared.locked())
    print(repr(cond).split(" [")[1])


asyncio.run(main())
