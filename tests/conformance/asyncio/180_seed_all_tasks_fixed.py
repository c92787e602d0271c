# Seed 001 (all_task) in 3.11 form: asyncio.all_tasks(loop). It returns a set,
# so the tasks are printed sorted by name.
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

  pending = asyncio.all_tasks(loop)
  for t in sorted(pending, key=lambda t: t.get_name()):
    print(t)
  loop.run_until_complete(main())
  print(asyncio.all_tasks(loop))
finally:
  loop.close()
