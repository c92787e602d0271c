# cancelling() counts pending cancel requests; uncancel() decrements it; a
# task that swallows a cancellation finishes normally.
import asyncio


async def resilient():
    me = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            return f"finished after {attempt} cancels"
        except asyncio.CancelledError:
            print("cancelled; cancelling() =", me.cancelling())
            print("uncancel ->", me.uncancel())


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0.1)
    print(t.cancel(), t.cancel(), t.cancelling())
    await asyncio.sleep(0.1)
    t.cancel("again")
    await asyncio.sleep(0.1)
    print(await t)
    print(t.cancelled(), t.cancelling())


asyncio.run(main())
