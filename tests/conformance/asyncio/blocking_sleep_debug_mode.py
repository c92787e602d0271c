# In debug mode asyncio reports a callback that blocked the loop for longer than 0.1 s.
import asyncio
import time


async def blocker():
    time.sleep(0.25)


async def main():
    await asyncio.create_task(blocker())
    print("done")


asyncio.run(main(), debug=True)
