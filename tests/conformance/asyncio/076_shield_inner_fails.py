# shield passes through the inner result or exception when not cancelled;
# shield of a done future returns it unchanged.
import asyncio


async def boom():
    await asyncio.sleep(0.1)
    raise ZeroDivisionError("inner")


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.shield(boom())
    except ZeroDivisionError as e:
        print("shield re-raised", repr(e))
    done = loop.create_future()
    done.set_result(5)
    print(asyncio.shield(done) is done)
    outer = asyncio.shield(asyncio.sleep(0.1, "late"))
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner continues")
    await asyncio.sleep(0.2)
    print("end")


asyncio.run(main())
