# wait(timeout=...) returns what finished by then and does not cancel the
# rest; ALL_COMPLETED is the default.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d), name=f"t{d}") for d in (0.5, 1.5, 0.2, 3)]
    done, pending = await asyncio.wait(tasks, timeout=1)
    print(f"{loop.time():.3f}", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print("pending cancelled?", any(t.cancelled() for t in pending))
    done, pending = await asyncio.wait(pending)
    print(f"{loop.time():.3f}", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0)
    print(f"{loop.time():.3f} all done already: {len(done)}")


asyncio.run(main())
