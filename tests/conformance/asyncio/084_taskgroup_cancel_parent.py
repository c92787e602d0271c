# Cancelling the task that runs a TaskGroup cancels the group's children; the
# CancelledError (not an ExceptionGroup) propagates.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("a"))
        tg.create_task(child("b"))
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
