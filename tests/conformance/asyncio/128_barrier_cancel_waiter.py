# Cancelling a task waiting at a barrier does not break it in 3.11: the
# waiter just leaves, n_waiting drops, and the barrier needs one more party.
import asyncio


async def party(barrier, name):
    try:
        index = await barrier.wait()
        print(name, "passed with index", index)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(party(barrier, "a"))
    b = asyncio.create_task(party(barrier, "b"))
    await asyncio.sleep(0.1)
    print("n_waiting:", barrier.n_waiting)
    a.cancel()
    await asyncio.sleep(0.1)
    print("n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
    c = asyncio.create_task(party(barrier, "c"))
    d = asyncio.create_task(party(barrier, "d"))
    await asyncio.gather(a, b, c, d, return_exceptions=True)
    print("n_waiting:", barrier.n_waiting, "broken:", barrier.broken)


asyncio.run(main())
