# cancel(msg): the message travels with the CancelledError to whoever awaits
# the future; cancel() returns False once done.
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter got CancelledError", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print("cancel:", fut.cancel("shutting down"))
    print("cancel again:", fut.cancel("again"))
    print(fut)
    try:
        await t
    except asyncio.CancelledError as e:
        print("task cancelled", e.args, t.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)


asyncio.run(main())
