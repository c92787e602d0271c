# shield: cancelling the awaiting task raises CancelledError there, but the
# shielded inner task keeps running to its end.
import asyncio


async def important():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    print(f"{loop.time():.3f} important work finished")
    return "saved"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled; inner done?", inner.done())
        raise


async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.2)
    c.cancel()
    await asyncio.sleep(0)
    print(f"{loop.time():.3f}", c)
    print(await inner)


asyncio.run(main())
