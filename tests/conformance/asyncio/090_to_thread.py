# asyncio.to_thread runs a blocking function in the default executor; the loop
# keeps ticking while the thread sleeps.
import asyncio
import threading
import time


def blocking(seconds, label):
    time.sleep(seconds)
    return f"{label} from {threading.current_thread().name.rsplit('_', 1)[0]}"


async def ticker():
    loop = asyncio.get_running_loop()
    for _ in range(3):
        print(f"{loop.time():.3f} tick")
        await asyncio.sleep(0.2)


async def main():
    loop = asyncio.get_running_loop()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking, 0.5, label="job"), ticker())
    print(f"{loop.time():.3f} {result}")


asyncio.run(main())
