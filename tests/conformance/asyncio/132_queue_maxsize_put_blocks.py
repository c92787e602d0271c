# A bounded queue blocks put() when full until a get() frees a slot; the
# blocked putters resume in FIFO order.
import asyncio


async def producer(q, name, n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await q.put(f"{name}{i}")
        print(f"{loop.time():.3f} {name} put {name}{i} (size {q.qsize()})")


async def consumer(q, n):
    loop = asyncio.get_running_loop()
    for _ in range(n):
        await asyncio.sleep(0.2)
        item = await q.get()
        print(f"{loop.time():.3f} got {item}")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, "p", 3), producer(q, "q", 2), consumer(q, 5))


asyncio.run(main())
