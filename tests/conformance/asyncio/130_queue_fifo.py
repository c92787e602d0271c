# Queue basics: FIFO order, qsize/empty/full, and str() of the queue.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q, q.qsize(), q.empty(), q.full(), q.maxsize)
    for item in ("a", "b", "c"):
        await q.put(item)
    print(q, q.qsize(), q.empty(), q.full())
    print([await q.get() for _ in range(3)])
    print(q)
    q.put_nowait(1)
    print(q.get_nowait(), q.empty())


asyncio.run(main())
