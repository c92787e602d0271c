# When main returns, asyncio.run cancels the task still pending and runs the
# loop until it has handled the cancellation, even if its cleanup awaits.
# (One leftover: CPython cancels several in all_tasks() set order.)
import asyncio


async def background(name):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(f"{loop.time():.3f} {name} cancelled at shutdown")
        await asyncio.sleep(1)
        print(f"{loop.time():.3f} {name} finished its cleanup")
        raise


async def short():
    await asyncio.sleep(0.05)
    print("short task finished before main")


async def main():
    asyncio.create_task(background("b1"))
    asyncio.create_task(short())
    await asyncio.sleep(0.1)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after asyncio.run")
