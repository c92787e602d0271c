# Seed 001 (태스크 함수, wrap_future): "with ThreadPoolExecutor(max_workers=4)
# as executor: future = executor.submit(task, (4)); myWrappedFuture =
# asyncio.wrap_future(future)". The seed's fragment is completed: task is a
# blocking function, and the wrapped futures are awaited in a coroutine.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def task(n):
    time.sleep(n / 4)
    return n * n


async def main():
    with ThreadPoolExecutor(max_workers=4) as executor:
        future = executor.submit(task, (4))
        myWrappedFuture = asyncio.wrap_future(future)
        print(type(future).__name__, "->", type(myWrappedFuture).__name__)
        others = [asyncio.wrap_future(executor.submit(task, n)) for n in (3, 2, 1)]
        for f in asyncio.as_completed([myWrappedFuture, *others]):
            print(f"{await f} at {asyncio.get_running_loop().time()}")
    print(future.done(), myWrappedFuture.result())


asyncio.run(main())
