# Seed 004 (3.6 async with, blocking version): a @contextmanager web_page()
# whose blocking calls stall the whole loop. download_webpage and update_stats
# are stand-ins that block with time.sleep; a ticker task shows the stall.
import asyncio
import time
from contextlib import contextmanager


def download_webpage(url):
    time.sleep(0.5)
    return f"<html>{url}</html>"


def update_stats(url):
    time.sleep(0.2)


def process(data):
    print(f"{time.monotonic():.3f} processing {data}")


@contextmanager
def web_page(url):
    data = download_webpage(url)
    yield data
    update_stats(url)


async def ticker():
    for _ in range(3):
        print(f"{time.monotonic():.3f} tick")
        await asyncio.sleep(0.1)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    with web_page('google.com') as data:
        process(data)
    print(f"{time.monotonic():.3f} with block done")
    await t


asyncio.run(main())
