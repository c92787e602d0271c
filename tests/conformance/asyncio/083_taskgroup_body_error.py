# An exception in the async with body cancels the group's unfinished tasks
# and is raised inside an ExceptionGroup; a finished TaskGroup refuses new
# tasks. (One unfinished child: CPython cancels several in set order.)
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("quick", 0.05))
            tg.create_task(child("slow", 1))
            await asyncio.sleep(0.1)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("caught", repr(eg.exceptions[0]))
    late = child("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", e)
    late.close()


asyncio.run(main())
