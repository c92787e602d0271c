# set() immediately followed by clear(): the waiters' futures were already
# resolved, so every waiter still wakes up.
import asyncio


async def waiter(ev, name):
    await ev.wait()
    print(name, "woke; event is_set:", ev.is_set())


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*tasks)


asyncio.run(main())
