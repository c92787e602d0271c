# In debug mode futures and tasks remember where they were created: their
# reprs end with "created at file:line".
import asyncio


async def child():
    await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    direct = asyncio.Future()
    print(direct)
    direct.cancel()
    t = loop.create_task(child())
    print(t)
    fut.set_result(1)
    print(fut)
    await t
    print(t)


asyncio.run(main(), debug=True)
