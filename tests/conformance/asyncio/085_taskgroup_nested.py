# Nested TaskGroups: the inner group's failure becomes a nested
# ExceptionGroup in the outer one; printed with its traceback.
import asyncio


async def fail(msg):
    await asyncio.sleep(0.1)
    raise ValueError(msg)


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("inner"))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_group())
        tg.create_task(fail("outer"))


try:
    asyncio.run(main())
except ExceptionGroup as eg:
    print(repr(eg))
    for e in eg.exceptions:
        print(" ", repr(e))
    raise
