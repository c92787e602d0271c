# timeout_at takes an absolute deadline; reschedule() moves it; the
# CancelledError inside the block becomes TimeoutError outside.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.3) as cm:
            await asyncio.sleep(0.2)
            cm.reschedule(loop.time() + 1.0)
            print(f"{loop.time():.3f} moved deadline to {cm.when():.3f}")
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print(f"{loop.time():.3f} inside: CancelledError")
                raise
    except TimeoutError as e:
        print(f"{loop.time():.3f} outside: {e!r}")
        print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
    async with asyncio.timeout(10) as cm:
        cm.reschedule(None)
        await asyncio.sleep(20)
    print(f"{loop.time():.3f} rescheduled to None never expires")


asyncio.run(main())
