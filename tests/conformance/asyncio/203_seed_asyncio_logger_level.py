# Seed 000 (로깅): logging.getLogger("asyncio").setLevel(logging.WARNING) hides
# asyncio's DEBUG messages while the slow-callback WARNING still shows.
import asyncio
import logging
import time

logging.basicConfig(level=logging.DEBUG)
logging.getLogger("asyncio").setLevel(logging.WARNING)


async def main():
    logging.debug("main starts")
    time.sleep(0.3)
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
