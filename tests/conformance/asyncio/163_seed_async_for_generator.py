# Seed 004 (3.7 async for, simpler version): one_at_a_time as an async
# generator. The seed forgot to await redis.get(k), so each value is a
# coroutine object; here it is awaited, and a FakeRedis replaces aioredis.
import asyncio


class FakeRedis:
    def __init__(self, data):
        self.data = data

    async def get(self, key):
        await asyncio.sleep(0.1)
        return self.data.get(key)


async def do_something_with(value):
    print(f"{asyncio.get_running_loop().time():.3f} value {value}")


async def main():
    redis = FakeRedis({'Asia': 'a', 'Africa': 'b', 'Americas': 'c', 'Europe': 'd'})
    keys = ['Asia', 'Africa', 'Americas', 'Europe']

    async for value in one_at_a_time(redis, keys):
        await do_something_with(value)

async def one_at_a_time(redis, keys):
    for k in keys:
        value = await redis.get(k)
        yield value

asyncio.run(main())
