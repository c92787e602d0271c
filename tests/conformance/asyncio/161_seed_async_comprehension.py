# Seed 004 (3.9 비동기 컴프리헨션): an async comprehension over an async generator
# that yields (function, argument) pairs, awaiting each call. (The seed ran it
# inside Jupyter and got "asyncio.run() cannot be called from a running event
# loop"; as a script it runs.)
import asyncio

async def f(x):
    await asyncio.sleep(0.1)
    return x + 100

async def factory(n):
    for x in range(n):
        await asyncio.sleep(0.1)
        yield f, x

async def main():
    results = [await f(x) async for f, x in factory(3)]
    print('results = ', results)
    print(f"{asyncio.get_running_loop().time():.3f}")

asyncio.run(main())
