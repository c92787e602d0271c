# gather(return_exceptions=True) puts exceptions in the result list instead of
# raising; cancelled children show up as CancelledError instances.
import asyncio


async def ok(x):
    await asyncio.sleep(0.1)
    return x


async def bad(x):
    await asyncio.sleep(0.05)
    raise ValueError(f"bad {x}")


async def main():
    victim = asyncio.create_task(ok("victim"))
    asyncio.get_running_loop().call_later(0.01, victim.cancel, "stop it")
    results = await asyncio.gather(ok(1), bad(2), victim, ok(3), return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))


asyncio.run(main())
