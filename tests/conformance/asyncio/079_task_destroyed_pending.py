# A task that is still pending when its last reference goes logs "Task was
# destroyed but it is pending!" with its repr.
import asyncio


async def forever():
    try:
        while True:
            await asyncio.sleep(0)
    finally:
        print("forever's finally runs when the coroutine is closed")


loop = asyncio.new_event_loop()
t = loop.create_task(forever())
loop.call_soon(loop.stop)
loop.run_forever()
print(t)
loop.close()
print("loop closed; dropping the task")
del t
print("end")
