# Cancelling the future returned by gather cancels every child that is not
# done yet; awaiting it raises CancelledError.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(child("quick", 0.1), child("slow1", 1), child("slow2", 2))
    await asyncio.sleep(0.5)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    print(g)


asyncio.run(main())
