# Several getters wait on an empty queue: each put wakes the longest waiting
# getter, so items are handed out in getter order.
import asyncio


async def getter(q, name):
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(q, f"g{i}")) for i in range(4)]
    await asyncio.sleep(0)
    print(q)
    for item in "ABCD":
        q.put_nowait(item)
    print(q)
    await asyncio.gather(*tasks)


asyncio.run(main())
