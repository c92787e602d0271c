# Seed 001 (gathre) with the typos fixed: gather runs both coroutines and
# returns their results in order.
import asyncio

async def myCoroutine(i):
    print("My Coroutine {}".format(i))
    return i

loop = asyncio.get_event_loop()
try:
    print(loop.run_until_complete(asyncio.gather(myCoroutine(1), myCoroutine(2))))
finally:
    loop.close()
