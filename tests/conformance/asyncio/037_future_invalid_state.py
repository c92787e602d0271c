# InvalidStateError: result()/exception() before the future is done,
# set_result()/set_exception() after; each message as CPython words it.
import asyncio


def attempt(label, fn, *args):
    try:
        print(label, "->", fn(*args))
    except asyncio.InvalidStateError as e:
        print(label, "-> InvalidStateError:", e)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    attempt("result pending", f.result)
    attempt("exception pending", f.exception)
    f.set_result(1)
    attempt("set_result again", f.set_result, 2)
    attempt("set_exception after", f.set_exception, ValueError())
    attempt("cancel done", f.cancel)
    g = loop.create_future()
    g.cancel()
    attempt("set_result cancelled", g.set_result, 3)
    print(isinstance(asyncio.InvalidStateError(), Exception))


asyncio.run(main())
