# Seed 004 (3.6 async with) as written: "async with" at module level, outside
# any async function, is a SyntaxError in a script.
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def web_page(url):
    data = await asyncio.sleep(0.1, url)
    yield data

async with web_page('google.com') as data:
    print(data)
