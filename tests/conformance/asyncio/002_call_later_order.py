# call_later fires in deadline order, not in the order the calls were made,
# and loop.time() shows each deadline on the virtual clock.
import asyncio


def cb(loop, label):
    print(f"{loop.time():.3f} {label}")


async def main():
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.3f} start")
    loop.call_later(0.3, cb, loop, "third (0.3)")
    loop.call_later(0.1, cb, loop, "first (0.1)")
    loop.call_later(0.2, cb, loop, "second (0.2)")
    loop.call_later(1.5, cb, loop, "last (1.5)")
    loop.call_later(0.25, cb, loop, "between (0.25)")
    await asyncio.sleep(2)
    print(f"{loop.time():.3f} end")


asyncio.run(main())
