# A task may catch CancelledError and return normally: it then ends FINISHED,
# not CANCELLED, and the awaiter gets its result.
import asyncio


async def cleanup_then_return():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("caught cancel, cleaning up")
        await asyncio.sleep(0.5)
        print("cleanup done")
        return "partial result"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(cleanup_then_return())
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t, t.cancelled(), f"{loop.time():.3f}")
    print(t)


asyncio.run(main())
