# all_tasks() holds the tasks not yet done, the current one included; sort by
# name because it is a set.
import asyncio


async def worker(delay):
    await asyncio.sleep(delay)


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    print(names())
    ts = [asyncio.create_task(worker(d), name=f"w{d}") for d in (3, 1, 2)]
    print(names())
    await asyncio.sleep(1.5)
    print(names())
    await asyncio.sleep(1)
    print(names())
    await asyncio.gather(*ts)
    print(names())
    loop = asyncio.get_running_loop()
    print(len(asyncio.all_tasks(loop)))


asyncio.run(main())
