# A task that failed and whose exception nobody retrieved logs "Task
# exception was never retrieved" with its traceback when it is dropped.
import asyncio


async def fail(n):
    await asyncio.sleep(0.1)
    raise ValueError(f"failure {n}")


async def main():
    t = asyncio.create_task(fail(1))
    await asyncio.sleep(0.2)
    print("dropping", t.get_name())
    t = None
    print("after drop")
    u = asyncio.create_task(fail(2))
    await asyncio.sleep(0.2)
    print("retrieved:", repr(u.exception()))
    u = None
    print("end of main")


asyncio.run(main())
