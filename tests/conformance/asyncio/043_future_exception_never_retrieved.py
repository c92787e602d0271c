# A future holding an exception that nobody retrieved logs "Future exception
# was never retrieved" when it is garbage collected.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(RuntimeError("lost"))
    print("dropping the future")
    del f
    print("after del")
    g = loop.create_future()
    g.set_exception(RuntimeError("seen"))
    print("retrieved:", repr(g.exception()))
    del g
    print("end of main")


asyncio.run(main())
