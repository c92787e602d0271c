# TaskGroup waits for every task created in it when the async with block
# ends; results are read from the tasks afterwards.
import asyncio


async def job(name, delay):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    print(f"{loop.time():.3f} {name} done")
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("one", 0.2))
        t2 = tg.create_task(job("two", 0.1), name="second")
        print("tasks created:", t1.get_name(), t2.get_name())
        print(repr(tg))
    print(f"{loop.time():.3f} group exited:", t1.result(), t2.result())
    print(repr(tg))


asyncio.run(main())
