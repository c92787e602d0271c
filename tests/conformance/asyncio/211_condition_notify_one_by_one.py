# notify(1) repeatedly wakes the waiters one at a time, oldest first; each
# woken waiter must win the lock back before wait() returns.
import asyncio


async def waiter(cond, name):
    async with cond:
        await cond.wait()
        print(name, "woke")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(4)]
    await asyncio.sleep(0)
    for round_ in range(4):
        async with cond:
            cond.notify(1)
            print("notify(1) round", round_)
        await asyncio.sleep(0.1)
    await asyncio.gather(*tasks)


asyncio.run(main())
