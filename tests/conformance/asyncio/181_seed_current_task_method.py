# Seed 001 (current_task()) as written: asyncio.Task.current_task() was removed
# in 3.9; main raises AttributeError once the three tasks have run.
import asyncio
async def myCoroutine():
    print("My Coroutine")

async def main():
    current = asyncio.Task.current_task()
    print(current)

loop = asyncio.get_event_loop()
try:
    loop.create_task(myCoroutine())
    loop.create_task(myCoroutine())
    loop.create_task(myCoroutine())
    loop.run_until_complete(main())
finally:
    loop.close()
