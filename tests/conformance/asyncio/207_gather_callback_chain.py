# A chain of awaits through gather, a Future and a task: the order in which
# the wakeups and gather's done callbacks run is what --trace shows.
import asyncio


async def leaf(fut, name):
    value = await fut
    print(name, "got", value)
    return name


async def branch(loop):
    f1 = loop.create_future()
    f2 = loop.create_future()
    loop.call_soon(f2.set_result, "second")
    loop.call_soon(f1.set_result, "first")
    return await asyncio.gather(leaf(f1, "L1"), leaf(f2, "L2"))


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(branch(loop))
    print(await t)


asyncio.run(main())
