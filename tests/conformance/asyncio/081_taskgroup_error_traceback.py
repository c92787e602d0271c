# One failing task cancels its siblings; the TaskGroup raises an
# ExceptionGroup which, uncaught, prints the "+-+" grouped traceback.
import asyncio


async def fails(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def long_job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("long_job cancelled by the group")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails(0.1, ValueError("first")))
        tg.create_task(fails(0.1, KeyError("second")))
        tg.create_task(long_job())


asyncio.run(main())
