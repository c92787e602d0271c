# A leftover task that raises (instead of CancelledError) when cancelled at
# shutdown is reported as "unhandled exception during asyncio.run() shutdown".
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")


async def main():
    asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("asyncio.run returned normally")
