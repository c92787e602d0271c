# Several tasks await one future: they are woken in the order they started
# waiting, all in the iteration after the result is set.
import asyncio


async def waiter(fut, name):
    value = await fut
    print(f"{name} woke with {value}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(fut, f"w{i}")) for i in (3, 1, 2)]
    await asyncio.sleep(0)
    print(fut)
    loop.call_later(0.5, fut.set_result, "go")
    await asyncio.gather(*tasks)
    print(f"{loop.time():.3f} all woke")


asyncio.run(main())
