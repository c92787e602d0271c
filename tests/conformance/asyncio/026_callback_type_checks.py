# In debug mode call_soon/call_later/call_at check their callback: coroutine
# functions, coroutine objects and non-callables are refused with TypeError.
import asyncio


async def coro_fn():
    pass


def main():
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    c = coro_fn()
    for bad in (coro_fn, c, 42):
        try:
            loop.call_soon(bad)
        except TypeError as e:
            print("call_soon:", e)
        try:
            loop.call_later(1, bad)
        except TypeError as e:
            print("call_later:", e)
        try:
            loop.call_at(loop.time() + 1, bad)
        except TypeError as e:
            print("call_at:", e)
    c.close()
    loop.close()


main()
