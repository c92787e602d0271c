# Seed 004 (3.6 async with, non-blocking version): download_webpage and
# update_stats are coroutines (stand-ins that sleep), so the ticker keeps
# running while the @asynccontextmanager waits.
import asyncio
import time
from contextlib import asynccontextmanager


async def download_webpage(url):
    await asyncio.sleep(0.5)
    return f"<html>{url}</html>"


async def update_stats(url):
    await asyncio.sleep(0.2)


def process(data):
    print(f"{time.monotonic():.3f} processing {data}")


@asynccontextmanager
async def web_page(url):
    data = await download_webpage(url)
    yield data
    await update_stats(url)


async def ticker():
    for _ in range(4):
        print(f"{time.monotonic():.3f} tick")
        await asyncio.sleep(0.2)


async def main():
    t = asyncio.create_task(ticker())
    async with web_page('google.com') as data:
        process(data)
    print(f"{time.monotonic():.3f} async with block done")
    await t


asyncio.run(main())
