# A cancelled Semaphore waiter is skipped: the slot goes to the next waiter
# and the value is not lost.
import asyncio


async def user(sem, name):
    try:
        async with sem:
            print(name, "acquired")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "cancelled")


async def main():
    sem = asyncio.Semaphore(1)
    tasks = [asyncio.create_task(user(sem, n)) for n in ("a", "b", "c", "d")]
    await asyncio.sleep(0.05)
    tasks[1].cancel()
    tasks[2].cancel()
    await asyncio.gather(*tasks)
    print(repr(sem).split(" [")[1])


asyncio.run(main())
