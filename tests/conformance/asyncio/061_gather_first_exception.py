# Without return_exceptions the first exception propagates at once, but the
# other children are not cancelled: they keep running to completion.
import asyncio


async def worker(name, delay, fail=False):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    if fail:
        print(f"{loop.time():.3f} {name} raises")
        raise RuntimeError(name)
    print(f"{loop.time():.3f} {name} finished")
    return name


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.gather(worker("a", 0.3), worker("b", 0.1, fail=True), worker("c", 0.2, fail=True))
    except RuntimeError as e:
        print(f"{loop.time():.3f} gather raised {e!r}")
    await asyncio.sleep(0.5)
    print(f"{loop.time():.3f} main done")


asyncio.run(main())
