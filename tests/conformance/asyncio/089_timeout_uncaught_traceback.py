# An uncaught TimeoutError from asyncio.timeout: the traceback first shows the
# CancelledError it replaced, then "During handling of the above exception,
# another exception occurred:" and the TimeoutError raised in __aexit__.
import asyncio


async def work():
    await asyncio.sleep(3)


async def main():
    async with asyncio.timeout(0.5):
        await work()


asyncio.run(main())
