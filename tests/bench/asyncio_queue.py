# Benchmark: asyncio.Queue (500 producers pacing themselves with timers, 50 consumers, 100 000 items through a bounded queue).
import asyncio


async def producer(q, n):
    for i in range(200):
        # A timer for every other item: the producers pace themselves as real ones would.
        if i % 2:
            await asyncio.sleep(0.001 * (n % 5 + 1))
        await q.put(n * 1000 + i)


async def consumer(q, totals):
    while True:
        item = await q.get()
        totals.append(item % 97)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=100)
    totals = []
    consumers = [asyncio.create_task(consumer(q, totals)) for _ in range(50)]
    await asyncio.gather(*(producer(q, n) for n in range(500)))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(len(totals), sum(totals))


asyncio.run(main())
