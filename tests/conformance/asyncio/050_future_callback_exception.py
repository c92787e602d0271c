# An exception raised by a done callback goes to the loop's exception handler;
# the other callbacks still run.
import asyncio


def broken(fut):
    raise RuntimeError("callback failed for " + fut.result())


def fine(fut):
    print("fine callback:", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(broken)
    fut.add_done_callback(fine)
    fut.set_result("x")
    await asyncio.sleep(0)
    print("main continues")


asyncio.run(main())
