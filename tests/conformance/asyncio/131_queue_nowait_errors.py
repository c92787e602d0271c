# put_nowait on a full queue raises QueueFull; get_nowait on an empty one
# raises QueueEmpty; both messages are empty.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    print(issubclass(asyncio.QueueFull, Exception))


asyncio.run(main())
