# Seed 004 (3.6 async with): an @asynccontextmanager web_page() whose blocking
# download_webpage/update_stats run in the default executor. The blocking
# functions are stand-ins (time.sleep); the seed's top-level "async with" is
# moved into main().
import asyncio
import time
from contextlib import asynccontextmanager


def download_webpage(url):
    time.sleep(0.5)
    return f"<html>{url}</html>"


def update_stats(url):
    time.sleep(0.2)
    print("stats updated for", url)


def process(data):
    print("processing", data)


@asynccontextmanager
async def web_page(url):
    loop = asyncio.get_event_loop()
    data = await loop.run_in_executor(None, download_webpage, url)
    yield data
    await loop.run_in_executor(None, update_stats, url)


async def main():
    loop = asyncio.get_running_loop()
    async with web_page('google.com') as data:
        process(data)
    print(f"{loop.time():.3f} done")

asyncio.run(main())
