# call_later(0) goes through the timer heap: it runs in the next iteration,
# after every call_soon callback that was already ready.
import asyncio


def cb(label):
    print(label)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, cb, "later(0) #1")
    loop.call_soon(cb, "soon #1")
    loop.call_later(0, cb, "later(0) #2")
    loop.call_soon(cb, "soon #2")
    loop.call_later(-1, cb, "later(-1)")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")


asyncio.run(main())
