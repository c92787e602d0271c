# A task cancelled before its first step never runs its body: the coroutine is
# thrown CancelledError at its start.
import asyncio


async def body():
    print("body started")
    return 1


async def main():
    t = asyncio.create_task(body())
    print(t.cancel("early"))
    print(t)
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(t)
    u = asyncio.create_task(body())
    await asyncio.sleep(0)
    print("cancel after it finished:", u.cancel(), u.result())


asyncio.run(main())
