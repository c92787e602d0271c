# Seed 001 (세마포어) as a valid call: the loop parameter was removed in 3.10,
# so Semaphore(value=4, loop=None) raises TypeError.
import asyncio
...
for cls in (asyncio.Semaphore, asyncio.BoundedSemaphore):
    try:
        cls(value=4, loop=None)
    except TypeError as e:
        print("TypeError:", e)
print(repr(asyncio.Semaphore(value=4)).split(" [")[1])
mySemaphore = asyncio.Semaphore(value=4, loop=None)
boundedSemaphore = asyncio.BoundedSemaphore(value=4, loop=None)
