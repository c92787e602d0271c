# wait(FIRST_COMPLETED) returns (done, pending) sets as soon as one finishes;
# sets have no order, so sort by name before printing.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in (0.3, 0.1, 0.2, 0.1)]
    pending = set(tasks)
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print(f"{loop.time():.3f} done={names(done)} pending={names(pending)}")
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
