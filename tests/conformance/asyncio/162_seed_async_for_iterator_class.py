# Seed 004 (3.7 async for): the OneAtATime async iterator class. aioredis is not
# available, so a small in-memory FakeRedis with an awaitable get() stands in
# for the Redis connection; do_something_with prints each value.
import asyncio


class FakeRedis:
    def __init__(self, data):
        self.data = data

    async def get(self, key):
        await asyncio.sleep(0.1)
        return self.data.get(key)


async def create_redis(address):
    await asyncio.sleep(0.05)
    return FakeRedis({'Asia': 4.7, 'Africa': 1.4, 'Americas': 1.0, 'Europe': 0.7})


async def do_something_with(value):
    print(f"{asyncio.get_running_loop().time():.3f} value {value}")


async def main():
    redis = await create_redis(('localhost', 6379))
    keys = ['Asia', 'Africa', 'Americas', 'Europe']

    async for value in OneAtATime(redis, keys):
        await do_something_with(value)


class OneAtATime:
    def __init__(self, redis, keys):
        self.redis = redis
        self.keys = keys
    def __aiter__(self):
        self.ikeys = iter(self.keys)
        return self
    async def __anext__(self):
        try:
            k = next(self.ikeys)
        except StopIteration:
            raise StopAsyncIteration

        value = await self.redis.get(k)
        return value

asyncio.run(main())
