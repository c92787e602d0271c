# Event: waiters block until set(); all of them wake, in the order they
# started waiting; wait() on a set event returns at once; clear() resets.
import asyncio


async def waiter(ev, name):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.3f} {name} waits")
    await ev.wait()
    print(f"{loop.time():.3f} {name} woke")


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.5)
    print(repr(ev).split(" [")[1])
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter(ev, "late"))
    loop.call_later(0.25, ev.set)
    await t


asyncio.run(main())
