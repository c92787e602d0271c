# loop.time() and time.monotonic() read the same clock; sleeping moves both.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    m0 = time.monotonic()
    await asyncio.sleep(2.5)
    print(f"loop advanced {loop.time() - t0:.3f}")
    print(f"monotonic advanced {time.monotonic() - m0:.3f}")
    time.sleep(0.75)
    print(f"after time.sleep: {loop.time() - t0:.3f}")
    print(f"perf_counter delta {time.perf_counter() - m0:.3f}")


asyncio.run(main())
