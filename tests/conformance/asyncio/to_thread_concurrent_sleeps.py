# Two blocking calls in worker threads sleep at the same time: the loop keeps ticking and both
# finish after one second, not two.
import asyncio
import time


def fetch(name):
    print(f"{time.monotonic():.1f} {name}: blocking fetch starts")
    time.sleep(1)
    print(f"{time.monotonic():.1f} {name}: blocking fetch ends")
    return f"{name}-data"


async def ticker():
    loop = asyncio.get_running_loop()
    for i in range(3):
        print(f"{loop.time():.1f} tick {i}")
        await asyncio.sleep(0.4)


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(
        asyncio.to_thread(fetch, "users"),
        loop.run_in_executor(None, fetch, "orders"),
        ticker(),
    )
    print(f"{loop.time():.1f} {results}")


asyncio.run(main())
