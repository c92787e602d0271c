# Seed 001 (디버깅) adapted to 3.11 (a task instead of a bare coroutine): with
# debug mode the blocking time.sleep(1) in myWorker is logged as "Executing
# <Task finished ...> took 1.000 seconds", among asyncio's DEBUG messages.
import asyncio
import logging
import time

logging.basicConfig(level=logging.DEBUG)

async def myWorker():
  logging.info("My Worker Coroutine Hit")
  time.sleep(1)

async def main():
  logging.debug("My Main Function Hit")
  await asyncio.wait([asyncio.create_task(myWorker())])

loop = asyncio.new_event_loop()
loop.set_debug(True)
try:
  loop.run_until_complete(main())
finally:
  loop.close()
