# In debug mode, call_soon from a thread other than the loop's raises
# RuntimeError ("Non-thread-safe operation ..."); call_soon_threadsafe works.
import asyncio
import threading


def worker(loop, out):
    try:
        loop.call_soon(print, "never")
    except RuntimeError as e:
        out.append(str(e))
    loop.call_soon_threadsafe(print, "threadsafe callback ran")


async def main():
    loop = asyncio.get_running_loop()
    out = []
    t = threading.Thread(target=worker, args=(loop, out))
    t.start()
    await asyncio.to_thread(t.join)
    await asyncio.sleep(0)
    print(out)


asyncio.run(main(), debug=True)
