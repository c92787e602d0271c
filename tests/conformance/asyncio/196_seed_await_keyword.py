# Seed 004 (3.3.2 await 키워드): main awaits f(), which sleeps 3 s and returns 123.
import asyncio

async def f():
    await asyncio.sleep(3)
    return 123

async def main():
    result = await f()
    return result

print(asyncio.run(main()))
