# Condition: notify(n) wakes the n longest waiters, notify_all the rest; each
# must re-acquire the lock, so they run one by one.
import asyncio


async def consumer(cond, name, log):
    async with cond:
        await cond.wait()
        log.append(name)
        print(name, "woke holding the lock:", cond.locked())


async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", log)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0.1)
    print("log:", log)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)
    print("log:", log)


asyncio.run(main())
