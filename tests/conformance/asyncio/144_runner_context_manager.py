# asyncio.Runner keeps one loop across several run() calls; tasks created in
# one run survive into the next; close() shuts it down.
import asyncio


async def start_background(state):
    state["task"] = asyncio.create_task(asyncio.sleep(1, "background result"))
    return asyncio.get_running_loop()


async def collect(state):
    return await state["task"]


with asyncio.Runner() as runner:
    state = {}
    loop = runner.run(start_background(state))
    print(loop is runner.get_loop())
    print(runner.run(collect(state)), f"{loop.time():.3f}")
    print(runner.run(asyncio.sleep(0.5, "third")), f"{loop.time():.3f}")
print("closed:", loop.is_closed())
coro = asyncio.sleep(0)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
