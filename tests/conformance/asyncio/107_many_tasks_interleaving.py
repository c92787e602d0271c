# Tasks with different sleep periods interleave on the virtual clock. Where
# two wake at "the same" time, the exact float deadlines (0.3+0.3 against
# 0.2+0.2+0.2) and the timer heap decide who prints first.
import asyncio


async def periodic(name, period, count):
    loop = asyncio.get_running_loop()
    for i in range(count):
        await asyncio.sleep(period)
        print(f"{loop.time():.3f} {name}#{i}")


async def main():
    await asyncio.gather(
        periodic("A", 0.3, 4),
        periodic("B", 0.5, 3),
        periodic("C", 0.2, 5),
    )


asyncio.run(main())
