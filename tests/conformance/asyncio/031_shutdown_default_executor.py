# shutdown_default_executor waits for the default executor's running jobs;
# afterwards run_in_executor(None, ...) is refused.
import asyncio
import time


def slow(label):
    time.sleep(0.5)
    print("job finished:", label)
    return label


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, slow, "A")
    await asyncio.sleep(0)
    print("shutting down the default executor")
    await loop.shutdown_default_executor()
    print("shutdown complete, job done:", fut.done())
    print("job result:", await fut)
    try:
        loop.run_in_executor(None, slow, "B")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
