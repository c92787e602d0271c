# get_coro, get_stack and print_stack show where a suspended task is: the
# outermost coroutine frame and its current line.
import asyncio
import sys


async def deepest():
    await asyncio.sleep(1)


async def middle():
    await deepest()


async def main():
    t = asyncio.create_task(middle(), name="stacked")
    await asyncio.sleep(0)
    print(t.get_coro().__qualname__)
    for frame in t.get_stack():
        print(frame.f_code.co_name, frame.f_lineno)
    t.print_stack(file=sys.stdout)
    t.cancel()
    await asyncio.sleep(0)
    print(t.get_stack())
    t.print_stack(file=sys.stdout)


asyncio.run(main())
