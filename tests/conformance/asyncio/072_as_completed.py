# as_completed yields awaitables in completion order; each await gives the
# next result to finish, not the next argument. (Tasks are passed, and the
# finishing times differ: as_completed iterates over a set, so coroutines
# would become tasks in address order, and equal finishing times would tie.)
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name}@{delay}"


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("a", 0.3), ("b", 0.1), ("c", 0.2), ("d", 0.15))]
    for i, fut in enumerate(asyncio.as_completed(tasks)):
        result = await fut
        print(f"{loop.time():.3f} #{i} {result}")


asyncio.run(main())
