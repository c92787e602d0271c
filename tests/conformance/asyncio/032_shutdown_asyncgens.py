# loop.shutdown_asyncgens() closes an async generator the loop has seen that
# is still suspended: its finally block runs, awaits included. A generator
# that already finished or was closed is left alone. (One suspended generator
# only: with several, CPython closes them in WeakSet order, i.e. by address.)
import asyncio


async def ticker(name):
    try:
        for i in range(2):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{name} finalizing")
        await asyncio.sleep(0.1)
        print(f"{name} finalized")


async def main(gens):
    done = ticker("done")
    print("done yields", [i async for i in done])
    suspended = ticker("suspended")
    gens.append(suspended)
    print("suspended first value", await anext(suspended))


loop = asyncio.new_event_loop()
gens = []
loop.run_until_complete(main(gens))
print("main done; shutting down asyncgens")
loop.run_until_complete(loop.shutdown_asyncgens())
print(f"{loop.time():.3f} after shutdown_asyncgens")
print(gens[0].ag_frame is None)
loop.close()
