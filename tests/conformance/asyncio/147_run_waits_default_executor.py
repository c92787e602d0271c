# asyncio.run waits at shutdown for jobs still running in the default executor
# (shutdown_default_executor), even if main did not await them.
import asyncio
import time


def slow_job():
    time.sleep(1)
    print("executor job finished")


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, slow_job)
    await asyncio.sleep(0.1)
    print("main returns while the job runs")


asyncio.run(main())
print("asyncio.run returned")
