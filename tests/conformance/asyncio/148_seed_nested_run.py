# Seed 004 (3.4, In [9] and 3.9): calling asyncio.run() or
# loop.run_until_complete() while a loop is already running raises
# RuntimeError (the seed saw it inside Jupyter's running loop).
import asyncio


async def f():
    await asyncio.sleep(0)
    return 123


async def main():
    loop = asyncio.get_running_loop()
    coro = f()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    coro = f()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    return await f()


print(asyncio.run(main()))
