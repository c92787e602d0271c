import asyncio

async def test():
    print("never scheduled")

async def main():
    await test()

asyncio.run(main())
# Seed 000 (await 하지 않은 코루틴 감지): the usual fix, await test().
