import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main(), debug=True)
# Seed 000 (await 하지 않은 코루틴 감지), debug mode: the warning adds "Coroutine
# created at (most recent call last)" with the stack where test() was called.
