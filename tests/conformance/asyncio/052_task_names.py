# Tasks are named Task-1, Task-2, ... in creation order (asyncio.run's main is
# Task-1); name= and set_name override; names are not reused.
import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    me = asyncio.current_task()
    print("main is", me.get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    print(c.get_name())
    d = asyncio.create_task(noop(), name=42)
    print(repr(d.get_name()))
    await asyncio.gather(a, b, c, d)
    e = asyncio.ensure_future(noop())
    print(e.get_name())
    await e


asyncio.run(main())
asyncio.run(main())
