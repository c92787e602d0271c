# sleep(0) is a bare yield: the task is rescheduled with call_soon directly.
# A task woken by a Future needs the future's callback first, so it runs one
# iteration later than a sleep(0) task started at the same time.
import asyncio


async def yielder(n):
    for i in range(n):
        print("yielder", i)
        await asyncio.sleep(0)


async def future_waiter(fut):
    print("waiter got", await fut)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    w = asyncio.create_task(future_waiter(fut))
    y = asyncio.create_task(yielder(4))
    await asyncio.sleep(0)
    fut.set_result("value")
    print("result set")
    await asyncio.gather(w, y)


asyncio.run(main())
