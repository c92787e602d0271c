# LifoQueue returns the most recently put item first.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for i in range(5):
        q.put_nowait(i)
    print(q)
    print([q.get_nowait() for _ in range(5)])
    await q.put("x")
    await q.put("y")
    print(await q.get(), await q.get())


asyncio.run(main())
