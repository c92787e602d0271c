# Barrier.abort() breaks the barrier: every waiter and every later wait()
# raises BrokenBarrierError; reset() makes it usable again.
import asyncio


async def party(barrier, name):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError:
        print(name, "BrokenBarrierError")


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(barrier, n)) for n in ("a", "b")]
    await asyncio.sleep(0.1)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken)
    await party(barrier, "late")
    await barrier.reset()
    print("broken after reset:", barrier.broken)
    await asyncio.gather(*(party(barrier, n) for n in ("x", "y", "z")))


asyncio.run(main())
