# Dropping an unfinished async generator inside the loop: the finalizer hook
# schedules its aclose() as a task (through call_soon_threadsafe), which runs
# the finally block, awaits included, while main keeps going.
import asyncio


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally starts in", asyncio.current_task().get_name())
        await asyncio.sleep(0.1)
        print("finally ends")


async def main():
    loop = asyncio.get_running_loop()
    g = agen()
    print(await anext(g))
    del g
    print("dropped; main continues")
    await asyncio.sleep(0)
    print("main after one iteration")
    await asyncio.sleep(0.5)
    print(f"{loop.time():.3f} main ends")


asyncio.run(main())
