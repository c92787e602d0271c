# loopstep: no-trace
# Seed 001 (as_completed): "for f in as_completed(fs): result = yield from f"
# written with await, logging each result as it becomes available. No trace:
# as_completed turns the coroutines into tasks while iterating over a set,
# so task names and step order follow object addresses in CPython.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.5 - n * 0.1)
    return f"page {n}"


def log(result):
    print("log:", result)


async def main():
    fs = [fetch(i) for i in range(4)]
    for f in asyncio.as_completed(fs):
        result = await f
        log(result)


asyncio.run(main())
