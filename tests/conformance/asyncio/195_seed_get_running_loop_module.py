# Seed 004 (3.4, In [9]): asyncio.get_running_loop() at module level. In a
# script there is no running loop, so it raises "no running event loop" (the
# seed's Jupyter session had one running and got a different error).
import asyncio

async def f():
    await asyncio.sleep(0)
    return 123

loop = asyncio.get_running_loop()
coro = f()
loop.run_until_complete(coro)
