# run_in_executor(None, fn, *args) runs fn in the default ThreadPoolExecutor
# and returns an asyncio Future; the loop keeps running meanwhile.
import asyncio
import threading
import time


def blocking(n):
    name = threading.current_thread().name.rsplit("_", 1)[0]
    time.sleep(0.5)
    return f"{name} computed {n * n}"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 7)
    print(type(fut).__name__, fut.done())
    print("main goes on while the thread works")
    print(await fut)
    print(fut)


asyncio.run(main())
