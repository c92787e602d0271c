# run_until_complete re-raises the exception of the future it ran; the loop
# is still usable afterwards.
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise KeyError("missing")


async def ok():
    await asyncio.sleep(0.1)
    return "fine"


def main():
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(fails())
    except KeyError as e:
        print("caught", repr(e), f"at {loop.time():.3f}")
    print(loop.run_until_complete(ok()), f"at {loop.time():.3f}")
    task = loop.create_task(fails())
    try:
        loop.run_until_complete(task)
    except KeyError:
        print(task)
    loop.run_until_complete(fails())


main()
