# as_completed yields awaitables in completion order; each await gives the
# next result to finish, not the next argument.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name}@{delay}"


async def main():
    loop = asyncio.get_running_loop()
    coros = [job("a", 0.3), job("b", 0.1), job("c", 0.2), job("d", 0.1)]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        result = await fut
        print(f"{loop.time():.3f} #{i} {result}")


asyncio.run(main())
