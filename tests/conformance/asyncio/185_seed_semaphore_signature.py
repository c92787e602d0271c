# Seed 001 (세마포어) exactly as written: the documentation signature
# "Semaphore(value=4, *, loop=None)" pasted as a call is a syntax error.
import asyncio
...
mySemaphore = asyncio.Semaphore(value=4, *, loop=None)
boundedSemaphore = asyncio.BoundedSemaphore(value=4, *, loop=None)
