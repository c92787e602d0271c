# asyncio.timeout(): the block is cancelled at the deadline and TimeoutError
# is raised after it; expired() and when() report the state.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            print(f"deadline {cm.when():.3f}, expired {cm.expired()}")
            await asyncio.sleep(2)
            print("not reached")
    except TimeoutError:
        print(f"{loop.time():.3f} TimeoutError, expired {cm.expired()}")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.2)
    print(f"{loop.time():.3f} finished in time, expired {cm.expired()}")
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        await asyncio.sleep(0.1)


asyncio.run(main())
