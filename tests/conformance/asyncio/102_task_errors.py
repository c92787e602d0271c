# Task refuses set_result/set_exception; a coroutine is required; a task
# awaiting itself fails with RuntimeError.
import asyncio


async def coro():
    return 1


async def self_await():
    await asyncio.current_task()


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(coro())
    for name, arg in (("set_result", 1), ("set_exception", ValueError())):
        try:
            getattr(t, name)(arg)
        except RuntimeError as e:
            print(name, "->", e)
    await t
    try:
        loop.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    s = asyncio.create_task(self_await())
    try:
        await s
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
