# Barrier(3): wait() blocks until three tasks arrive, then releases them all;
# each gets a distinct index; the barrier then resets for the next round.
import asyncio


async def party(barrier, name, delay):
    loop = asyncio.get_running_loop()
    for rnd in range(2):
        await asyncio.sleep(delay)
        print(f"{loop.time():.3f} {name} arrives (round {rnd})")
        index = await barrier.wait()
        print(f"{loop.time():.3f} {name} passes with index {index}")


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(party(barrier, "A", 0.1), party(barrier, "B", 0.3), party(barrier, "C", 0.2))
    print(repr(barrier).split(" [")[1])


asyncio.run(main())
