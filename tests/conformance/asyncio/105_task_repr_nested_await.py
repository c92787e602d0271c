# A task's repr names the outermost coroutine and the line it is suspended
# at, even when the real wait happens deeper, and wait_for shows the future.
import asyncio


async def deep(fut):
    return await fut


async def middle(fut):
    value = await deep(fut)
    return value


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(middle(fut))
    print(t)
    await asyncio.sleep(0)
    print(t)
    fut.set_result("x")
    print(t)
    await asyncio.sleep(0)
    print(t)


asyncio.run(main())
