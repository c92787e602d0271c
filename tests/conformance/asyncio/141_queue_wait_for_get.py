# wait_for(q.get(), timeout) on an empty queue times out and leaves the queue
# usable; a later put is not lost.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.5)
    except asyncio.TimeoutError:
        print(f"{loop.time():.3f} timed out, {q}")
    loop.call_later(0.2, q.put_nowait, "late item")
    item = await asyncio.wait_for(q.get(), timeout=1)
    print(f"{loop.time():.3f} got {item}")


asyncio.run(main())
