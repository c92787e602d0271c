# Awaiting a Future: the awaiting task suspends on it (wait_for in the task's
# repr); awaiting a done future returns at once; futures are awaitable twice.
import asyncio


async def waiter(fut, name):
    print(name, "awaits")
    value = await fut
    print(name, "got", value)
    again = await fut
    print(name, "got again", again)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut, "w1"))
    await asyncio.sleep(0)
    print(t)
    print(fut)
    fut.set_result(42)
    print(t)
    await t
    await waiter(fut, "main")
    it = fut.__await__()
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value:", e.value)


asyncio.run(main())
