# aclose() while another task is inside the generator's __anext__ raises
# "aclose(): asynchronous generator is already running".
import asyncio


async def slow_gen():
    while True:
        await asyncio.sleep(0.5)
        yield "tick"


async def main():
    g = slow_gen()
    t = asyncio.create_task(anext(g))
    await asyncio.sleep(0.1)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)
    await g.aclose()
    print("closed after the step finished")


asyncio.run(main())
