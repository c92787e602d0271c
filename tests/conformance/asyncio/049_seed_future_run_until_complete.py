# Seed 004 (3.5 Task와 Future): a Future created at module level, completed by
# a task; run_until_complete on the task (first code) and on the future itself
# (second code) both wait for main() to set the result.
import asyncio


async def main(f: asyncio.Future):
    await asyncio.sleep(1)
    f.set_result(("I Have finished"))


loop = asyncio.get_event_loop()
future = asyncio.Future()
print(future.done())
fut = loop.create_task(main(future))
loop.run_until_complete(fut)
print(future.done())
print(future.result())

future = asyncio.Future()
loop.create_task(main(future))
loop.run_until_complete(future)
print(future.done())
print(future.result())
print(f"{loop.time():.3f}")
