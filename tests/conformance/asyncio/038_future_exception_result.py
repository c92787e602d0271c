# result() re-raises a stored exception with its traceback; exception()
# returns it; both raise CancelledError on a cancelled future.
import asyncio


def fail():
    raise KeyError("k")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        fail()
    except KeyError as e:
        f.set_exception(e)
    print("exception():", repr(f.exception()))
    try:
        f.result()
    except KeyError as e:
        print("result() raised", repr(e), e is f.exception())
    g = loop.create_future()
    g.cancel()
    for name in ("result", "exception"):
        try:
            getattr(g, name)()
        except asyncio.CancelledError as e:
            print(name, "-> CancelledError", e.args)
    f.result()


asyncio.run(main())
