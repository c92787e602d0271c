# An exception raised in an executor thread comes back through the asyncio
# Future: awaiting it raises the same exception, with the worker's frames.
import asyncio
import functools


def parse(text, base=10):
    return int(text, base)


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, functools.partial(parse, "ff", base=16)))
    try:
        await loop.run_in_executor(None, parse, "xyz")
    except ValueError as e:
        print("caught:", e)
    fut = loop.run_in_executor(None, parse, "12", 3)
    await asyncio.sleep(0.1)
    print(fut)
    await loop.run_in_executor(None, parse, "nope")


asyncio.run(main())
