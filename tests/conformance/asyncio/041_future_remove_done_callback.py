# remove_done_callback removes every registration of the callback and returns
# how many it removed.
import asyncio


def a(fut):
    print("a", fut.result())


def b(fut):
    print("b", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print("removed a:", fut.remove_done_callback(a))
    print("removed a again:", fut.remove_done_callback(a))
    fut.set_result(1)
    print("removed b after done:", fut.remove_done_callback(b))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
