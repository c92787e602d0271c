# loop.shutdown_asyncgens() closes every async generator the loop has seen
# that is still suspended; their finally blocks run, in creation order.
import asyncio


async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{name} finalized")


async def main(gens):
    for name in ("g1", "g2", "g3"):
        g = ticker(name)
        gens.append(g)
        print(name, "first value", await g.__anext__())
    print(name, "second value", await gens[2].__anext__())


loop = asyncio.new_event_loop()
gens = []
loop.run_until_complete(main(gens))
print("main done; shutting down asyncgens")
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown_asyncgens")
for g in gens:
    print(g.ag_running, g.ag_frame is None)
loop.close()
