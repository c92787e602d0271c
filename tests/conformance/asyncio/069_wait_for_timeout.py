# wait_for cancels the inner task when the timeout expires and raises
# TimeoutError; the inner coroutine sees CancelledError first.
import asyncio


async def slow():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} slow was cancelled")
        raise
    return "never"


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except asyncio.TimeoutError as e:
        print(f"{loop.time():.3f} TimeoutError {e!r}", isinstance(e, TimeoutError))
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.25)
    except TimeoutError:
        print(f"{loop.time():.3f}", t)


asyncio.run(main())
