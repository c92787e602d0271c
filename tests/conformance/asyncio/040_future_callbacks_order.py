# Done callbacks run through call_soon, in registration order, after the code
# that completed the future; one added to a done future is scheduled at once.
import asyncio


def cb(label):
    def inner(fut):
        print(f"{label}: {fut.result()}")
    return inner


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb("first"))
    fut.add_done_callback(cb("second"))
    loop.call_soon(print, "call_soon before set_result")
    fut.add_done_callback(cb("third"))
    fut.set_result("value")
    print("set_result returned; callbacks not run yet")
    loop.call_soon(print, "call_soon after set_result")
    fut.add_done_callback(cb("added when done"))
    await asyncio.sleep(0)
    print("main resumes")


asyncio.run(main())
