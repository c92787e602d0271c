# BoundedSemaphore refuses a release beyond its initial value; a plain
# Semaphore just grows. Negative initial values are refused.
import asyncio


async def main():
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("plain semaphore value grows:", repr(s).split(" [")[1])
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
