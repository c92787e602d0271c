# wait_for runs its own timeout timer next to the inner task: when the inner
# task finishes first the timer is cancelled; when it expires the inner task
# is cancelled and wait_for waits for that cancellation to finish.
import asyncio


async def work(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(work(0.2), 1.0), f"{loop.time():.3f}")
    try:
        await asyncio.wait_for(work(2.0), 0.5)
    except asyncio.TimeoutError:
        print("timeout", f"{loop.time():.3f}")
    await asyncio.sleep(2)
    print("no stray wakeups", f"{loop.time():.3f}")


asyncio.run(main())
