# Waiting for an Event with a timeout: wait_for(ev.wait(), t) times out, and
# the Event keeps no stale waiter behind.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.3)
    except asyncio.TimeoutError:
        print(f"{loop.time():.3f} timed out;", repr(ev).split(" [")[1])
    loop.call_later(0.2, ev.set)
    print(await asyncio.wait_for(ev.wait(), timeout=1), f"{loop.time():.3f}")
    try:
        async with asyncio.timeout(0.1):
            ev.clear()
            await ev.wait()
    except TimeoutError:
        print(f"{loop.time():.3f} timeout() around wait also works")


asyncio.run(main())
