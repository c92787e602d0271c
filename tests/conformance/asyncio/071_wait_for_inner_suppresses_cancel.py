# If the inner coroutine swallows the cancellation at the timeout and returns
# a value, wait_for returns that value in 3.11.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
        return "kept going"


async def main():
    loop = asyncio.get_running_loop()
    result = await asyncio.wait_for(stubborn(), timeout=0.5)
    print(f"{loop.time():.3f} result: {result}")


asyncio.run(main())
