# except* splits the ExceptionGroup from a TaskGroup by exception type.
import asyncio


async def fails(exc):
    await asyncio.sleep(0.1)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(ValueError("v1")))
            tg.create_task(fails(TypeError("t1")))
            tg.create_task(fails(ValueError("v2")))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(OSError("disk")))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.message, len(eg.exceptions))


asyncio.run(main())
