# asyncio.run's shutdown in order: cancel leftover tasks, then
# shutdown_asyncgens, then shutdown_default_executor, then close the loop.
import asyncio
import time


def executor_job():
    time.sleep(0.5)
    print(f"{time.monotonic():.3f} 3. executor job finished")


async def leftover():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(f"{time.monotonic():.3f} 1. leftover task cancelled")
        raise


async def agen():
    try:
        yield 1
    finally:
        print(f"{time.monotonic():.3f} 2. async generator closed")


gens = []


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, executor_job)
    asyncio.create_task(leftover())
    g = agen()
    gens.append(g)
    await anext(g)
    await asyncio.sleep(0.1)
    print(f"{time.monotonic():.3f} 0. main returns")


asyncio.run(main())
print(f"{time.monotonic():.3f} 4. asyncio.run returned")
