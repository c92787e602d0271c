# loop.create_future() and loop.create_task(coro, name=...): what they return,
# their reprs, and get_loop().
import asyncio


async def work(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, fut, fut.get_loop() is loop)
    t1 = loop.create_task(work(1))
    t2 = loop.create_task(work(2), name="doubler")
    t3 = asyncio.create_task(work(3))
    print(t1)
    print(t2)
    print(t3)
    loop.call_later(0.05, fut.set_result, "fut value")
    print(await fut, await t1, await t2, await t3)
    print(t1)
    print(t2.get_loop() is loop)


asyncio.run(main())
