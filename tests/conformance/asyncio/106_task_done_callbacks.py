# Task done callbacks: called with the task, through call_soon, after the
# task's awaiters are woken in the order they were added.
import asyncio


def report(task):
    print("callback:", task.get_name(), task.result())


async def job():
    await asyncio.sleep(0.1)
    return 7


async def waiter(t):
    print("waiter got", await t)


async def main():
    t = asyncio.create_task(job(), name="job")
    t.add_done_callback(report)
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda task: print("lambda callback sees", task.done()))
    await w
    t.add_done_callback(report)
    await asyncio.sleep(0)


asyncio.run(main())
