# slow_callback_duration is the threshold: lower it and shorter callbacks are
# logged too; callbacks faster than it are not.
import asyncio
import time


async def step(seconds):
    time.sleep(seconds)
    return seconds


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.02
    for s in (0.01, 0.03, 0.015, 0.2):
        t = asyncio.create_task(step(s), name=f"step-{s}")
        print("result", await t)


asyncio.run(main(), debug=True)
