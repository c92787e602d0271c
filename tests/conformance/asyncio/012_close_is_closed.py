# close() and is_closed(); using a closed loop raises RuntimeError; close()
# twice is harmless.
import asyncio


def main():
    loop = asyncio.new_event_loop()
    print(repr(loop))
    print("closed?", loop.is_closed())
    loop.close()
    print("closed?", loop.is_closed())
    print(repr(loop))
    loop.close()
    for what in ("call_soon", "call_later", "run_forever"):
        try:
            if what == "call_soon":
                loop.call_soon(print, "never")
            elif what == "call_later":
                loop.call_later(1, print, "never")
            else:
                loop.run_forever()
        except RuntimeError as e:
            print(what, "->", type(e).__name__, e)
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("run_until_complete ->", e)
    coro.close()


main()
