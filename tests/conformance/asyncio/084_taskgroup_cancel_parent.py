# Cancelling the task that runs a TaskGroup cancels the group's unfinished
# child; the CancelledError (not an ExceptionGroup) propagates. (One
# unfinished child: CPython cancels several in set order.)
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("a", 0.1))
        tg.create_task(child("b", 5))
    print("not reached")


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())


asyncio.run(main())
