# Seed 001 (Lock), with the coroutines wrapped in tasks so that only the
# removed "with await lock" idiom remains: a Lock is not awaitable in 3.11,
# so both tasks fail with TypeError (printed in task order).
import asyncio
import time


async def myWorker(lock):
    with await lock:
        print(lock)
        print("myWorker has attained lock, modifying variable")
        time.sleep(2)
    print(lock)
    print("myWorker has release the lock")


async def main(loop):
    lock = asyncio.Lock()
    tasks = [loop.create_task(myWorker(lock)), loop.create_task(myWorker(lock))]
    await asyncio.wait(tasks)
    for t in tasks:
        print(t.get_name(), repr(t.exception()))


loop = asyncio.get_event_loop()
try:
    loop.run_until_complete(main(loop))
finally:
    loop.close()
