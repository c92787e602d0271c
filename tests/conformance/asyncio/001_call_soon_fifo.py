# call_soon runs callbacks first-in first-out, each with its own arguments,
# and all of them in the same loop iteration at the same virtual time.
import asyncio


def cb(loop, label, *args):
    print(f"{loop.time():.3f} {label} {args}")


async def main():
    loop = asyncio.get_running_loop()
    for i in range(5):
        loop.call_soon(cb, loop, f"cb{i}", i, i * i)
    print("scheduled, still in main")
    await asyncio.sleep(0)
    print("main resumed after the callbacks")


asyncio.run(main())
