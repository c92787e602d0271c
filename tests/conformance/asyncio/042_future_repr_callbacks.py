# A pending future's repr lists its callbacks: one, two, or the first, a
# count of the middle ones and the last.
import asyncio
import functools


def on_done(fut):
    pass


class Watcher:
    def notify(self, fut):
        pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    fut.add_done_callback(on_done)
    print(fut)
    fut.add_done_callback(Watcher().notify)
    print(fut)
    fut.add_done_callback(functools.partial(on_done))
    print(fut)
    fut.add_done_callback(lambda f: None)
    fut.add_done_callback(on_done)
    print(fut)
    fut.set_result(None)
    print(fut)


asyncio.run(main())
