# asyncio.wrap_future turns a concurrent.futures.Future (from an executor)
# into an asyncio Future that can be awaited (seed 001, wrap_future).
import asyncio
import concurrent.futures
import time


def task(n):
    time.sleep(0.2)
    return n * 10


async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
        future = executor.submit(task, 4)
        wrapped = asyncio.wrap_future(future)
        print(type(future).__name__, "->", type(wrapped).__name__)
        print(await wrapped)
        print(future.result(), future.done())
        again = asyncio.wrap_future(wrapped)
        print("wrapping an asyncio future returns it:", again is wrapped)


asyncio.run(main())
