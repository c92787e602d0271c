# Seed 001 (ensure_future) as written: @asyncio.coroutine no longer exists in
# 3.11, so defining myTask raises AttributeError.
import asyncio
import time

@asyncio.coroutine
def myTask(n):
    time.sleep(1)
    print("Processing {}".format(n))

@asyncio.coroutine
def myGenerator():
    for i in range(5):
        asyncio.ensure_future(myTask(i))
    print("Complete Tasks")
    yield from asyncio.sleep(2)

def main():
    loop = asyncio.get_event_loop()
    loop.run_until_complete(myGenerator())
    loop.close()
