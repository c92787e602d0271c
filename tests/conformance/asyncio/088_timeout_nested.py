# Nested timeouts: the one that expires first raises; the outer one is not
# triggered by the inner's TimeoutError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.0):
            try:
                async with asyncio.timeout(0.2):
                    await asyncio.sleep(5)
            except TimeoutError:
                print(f"{loop.time():.3f} inner timed out")
            await asyncio.sleep(5)
    except TimeoutError:
        print(f"{loop.time():.3f} outer timed out")
    try:
        async with asyncio.timeout(0.3):
            async with asyncio.timeout(2):
                await asyncio.sleep(5)
    except TimeoutError:
        print(f"{loop.time():.3f} outer (shorter) timed out first")


asyncio.run(main())
