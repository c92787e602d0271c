# Seed 001 (세마포어) exactly as written: the documentation signature
# "Semaphore(value=4, *, loop=None)" pasted as a call is a syntax error, so
# nothing below runs, not even the first print.
import asyncio
...
print("module starts")
mySemaphore = asyncio.Semaphore(value=4, *, loop=None)
boundedSemaphore = asyncio.BoundedSemaphore(value=4, *, loop=None)


async def main():
    async with mySemaphore:
        print("acquired")

asyncio.run(main())
