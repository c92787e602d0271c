# PriorityQueue returns the smallest item first (heapq order); tuples break
# ties on the next element.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        await q.put(item)
    print(q)
    while not q.empty():
        print(await q.get())
    for n in (5, 1, 4, 1, 5, 9, 2, 6):
        q.put_nowait(n)
    print([q.get_nowait() for _ in range(q.qsize())])


asyncio.run(main())
