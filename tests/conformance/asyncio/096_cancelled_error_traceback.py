# An uncaught CancelledError out of asyncio.run: main awaited a task that was
# cancelled; the traceback ends in asyncio.exceptions.CancelledError.
import asyncio


async def victim():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(victim())
    asyncio.get_running_loop().call_later(0.5, t.cancel)
    await t


asyncio.run(main())
