# loopstep: nondeterministic
# asyncio.all_tasks() is a set of Task objects, ordered by their addresses: the print order
# differs from run to run under CPython.
import asyncio


async def idle(n):
    await asyncio.sleep(n)


async def main():
    for i in range(5):
        asyncio.create_task(idle(i), name=f"idle-{i}")
    await asyncio.sleep(0)
    print([t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
