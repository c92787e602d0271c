# When main returns, asyncio.run cancels the tasks still pending, in creation
# order, and runs the loop until they have handled the cancellation.
import asyncio


async def background(name, cleanup):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        if cleanup:
            await asyncio.sleep(1)
            print(name, "finished its cleanup")
        raise


async def main():
    for name, cleanup in (("b1", False), ("b2", True), ("b3", False)):
        asyncio.create_task(background(name, cleanup))
    await asyncio.sleep(0.1)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after asyncio.run")
