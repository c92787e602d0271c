# Seed 000 (동시성과 다중 스레드): coro_func returns await asyncio.sleep(1, 42);
# "Later in another OS thread" run_coroutine_threadsafe(coro_func(), loop)
# and future.result() waits for 42.
import asyncio
import threading


async def coro_func():
    return await asyncio.sleep(1, 42)


def other_thread(loop):
    future = asyncio.run_coroutine_threadsafe(coro_func(), loop)
    result = future.result()
    print("result in other thread:", result)
    loop.call_soon_threadsafe(loop.stop)


loop = asyncio.new_event_loop()
t = threading.Thread(target=other_thread, args=(loop,))
t.start()
loop.run_forever()
t.join()
print(f"loop stopped at {loop.time():.3f}")
loop.close()
