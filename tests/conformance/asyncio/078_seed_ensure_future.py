# Seed 001 (ensure_future): "task = asyncio.ensure_future(myCoro())" at module
# level. With no running loop the task lands on the current event loop, which
# never runs: the task stays pending and "myCoro" is never printed.
import asyncio


async def myCoro():
    print("myCoro")


task = asyncio.ensure_future(myCoro())
print(task)
