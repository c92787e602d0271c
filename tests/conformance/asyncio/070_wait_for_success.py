# wait_for returns the result when it comes in time; timeout=None waits
# forever; timeout=0 on an unfinished awaitable times out at once.
import asyncio


async def quick(x):
    await asyncio.sleep(0.1)
    return x


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(quick("in time"), timeout=1), f"{loop.time():.3f}")
    print(await asyncio.wait_for(quick("no timeout"), timeout=None), f"{loop.time():.3f}")
    try:
        await asyncio.wait_for(quick("zero"), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 timed out", f"{loop.time():.3f}")
    fut = loop.create_future()
    fut.set_result("done future")
    print(await asyncio.wait_for(fut, timeout=0))


asyncio.run(main())
