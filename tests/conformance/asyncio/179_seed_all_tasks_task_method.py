# Seed 001 (all_task) as written: asyncio.Task.all_tasks() was removed in 3.9,
# so it raises AttributeError; closing the loop drops the three tasks that
# never ran ("Task was destroyed but it is pending!").
import asyncio

async def myCoroutine():
  print("My Coroutine")

async def main():
  await asyncio.sleep(1)

loop = asyncio.get_event_loop()
try:
  loop.create_task(myCoroutine())
  loop.create_task(myCoroutine())
  loop.create_task(myCoroutine())

  pending = asyncio.Task.all_tasks()
  print(pending)
  loop.run_until_complete(main())
finally:
  loop.close()
