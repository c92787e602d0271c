# wait(FIRST_EXCEPTION) returns when a task raises (or all finish); the
# exception stays in the task, nothing is raised by wait itself.
import asyncio


async def job(delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"failed after {delay}")
    return delay


async def main():
    loop = asyncio.get_running_loop()
    specs = {"a": (0.1, False), "b": (0.2, True), "c": (0.5, False)}
    tasks = [asyncio.create_task(job(*specs[n]), name=n) for n in specs]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.3f}")
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" done", t.get_name(), repr(t.exception()))
    for t in sorted(pending, key=lambda t: t.get_name()):
        print(" pending", t.get_name())
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.3f} no exception: waited for all, {len(done)} done {len(pending)} pending")


asyncio.run(main())
