# A coroutine that yields something other than a Future (here through a custom
# __await__) makes its task fail with "Task got bad yield".
import asyncio


class BadAwaitable:
    def __await__(self):
        value = yield 42
        return value


async def main():
    t = asyncio.create_task(bad())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(t)


async def bad():
    return await BadAwaitable()


asyncio.run(main())
