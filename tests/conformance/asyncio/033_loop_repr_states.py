# The loop's repr tracks running, closed and debug.
import asyncio


async def show():
    print("inside:", asyncio.get_running_loop())


loop = asyncio.new_event_loop()
print("fresh:", loop)
loop.set_debug(True)
print("debug:", loop)
loop.set_debug(False)
loop.run_until_complete(show())
loop.close()
print("closed:", loop)
