# Releasing an unlocked Lock raises RuntimeError; acquire() returns True;
# the loop= argument was removed in 3.10.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire())
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print("TypeError:", e)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


asyncio.run(main())
