# call_at takes an absolute time on the loop's clock; TimerHandle.when()
# returns it. A deadline in the past fires in the next iteration.
import asyncio


def cb(loop, label):
    print(f"{loop.time():.3f} {label}")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    now = loop.time()
    h1 = loop.call_at(now + 0.5, cb, loop, "at now+0.5")
    h2 = loop.call_at(now - 5, cb, loop, "at now-5 (past)")
    h3 = loop.call_at(now + 0.2, cb, loop, "at now+0.2")
    print(f"when: {h1.when():.3f} {h2.when():.3f} {h3.when():.3f}")
    await asyncio.sleep(1)
    print(f"{loop.time():.3f} done")


asyncio.run(main())
