# gather returns results in argument order, whatever order the awaitables
# finish in; plain futures and tasks mix with coroutines.
import asyncio


async def job(name, delay):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    print(f"{loop.time():.3f} {name} finished")
    return name


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.25, fut.set_result, "future")
    task = asyncio.create_task(job("task", 0.05))
    results = await asyncio.gather(job("slow", 0.3), job("fast", 0.1), fut, task)
    print(results)
    print(await asyncio.gather())


asyncio.run(main())
