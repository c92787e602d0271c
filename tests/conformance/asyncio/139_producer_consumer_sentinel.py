# Producers and consumers over a bounded queue, finished with a None sentinel
# per consumer; the interleaving on the virtual clock is the point.
import asyncio


async def producer(q, name, items, delay):
    loop = asyncio.get_running_loop()
    for it in items:
        await asyncio.sleep(delay)
        await q.put(f"{name}:{it}")
        print(f"{loop.time():.3f} {name} produced {it}")


async def consumer(q, name):
    loop = asyncio.get_running_loop()
    while (item := await q.get()) is not None:
        await asyncio.sleep(0.25)
        print(f"{loop.time():.3f} {name} consumed {item}")
        q.task_done()
    q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    await asyncio.gather(producer(q, "P", range(4), 0.1), producer(q, "R", "xyz", 0.15))
    for _ in consumers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*consumers)


asyncio.run(main())
