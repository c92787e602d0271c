# current_task() is the task whose step is running; None in a plain callback
# and outside the loop.
import asyncio


def callback():
    print("in callback:", asyncio.current_task())


async def child():
    t = asyncio.current_task()
    print("in child:", t.get_name())
    await asyncio.sleep(0)
    print("child again:", asyncio.current_task() is t)


async def main():
    print("in main:", asyncio.current_task().get_name())
    asyncio.get_running_loop().call_soon(callback)
    await asyncio.create_task(child(), name="child-task")
    print("main coroutine still runs in", asyncio.current_task().get_name())
    await child()


try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside:", e)
asyncio.run(main())
