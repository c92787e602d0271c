import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main())
# Seed 000 (await 하지 않은 코루틴 감지): calling test() without await. CPython
# warns "coroutine 'test' was never awaited" at line 7 with the source line.
