# Handles and task steps share one ready queue: a callback scheduled by a
# task runs before that task's next step only if it was queued first.
import asyncio


def cb(label):
    print("callback", label)


async def worker(name):
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, f"{name}-before-yield")
    await asyncio.sleep(0)
    print(name, "resumed")
    loop.call_soon(cb, f"{name}-after-resume")


async def main():
    await asyncio.gather(worker("A"), worker("B"))
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
