# Semaphore in 3.11: while waiters are queued, a newcomer does not take a
# freshly released slot; it queues, and wake order stays FIFO.
import asyncio


async def user(sem, name, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0.1)


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    first = [asyncio.create_task(user(sem, n, log)) for n in ("a", "b", "c")]
    await asyncio.sleep(0.1)
    late = asyncio.create_task(user(sem, "late", log))
    print("locked while waiters queue:", sem.locked())
    await asyncio.gather(*first, late)
    print(log)


asyncio.run(main())
