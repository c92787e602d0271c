# Seed 004 (3.7 async for, simpler version) with its bug kept: value =
# redis.get(k) without await yields coroutine objects that are never awaited.
# Each warning points at the line where the coroutine's last reference went.
import asyncio


class FakeRedis:
    async def get(self, key):
        await asyncio.sleep(0.1)
        return key.lower()


async def do_something_with(value):
    print("got a", type(value).__name__)


async def main():
    redis = FakeRedis()
    keys = ['Asia', 'Africa']

    async for value in one_at_a_time(redis, keys):
        await do_something_with(value)
    del value
    print("main ends")

async def one_at_a_time(redis, keys):
    for k in keys:
        value = redis.get(k)
        yield value

asyncio.run(main())
