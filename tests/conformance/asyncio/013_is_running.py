# is_running() is True only while the loop runs callbacks; running the loop
# again from inside it, or closing it, is refused.
import asyncio


async def inner():
    return 1


def cb(loop):
    print("in callback, running:", loop.is_running())
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("run_until_complete:", e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close:", e)
    loop.stop()


def main():
    loop = asyncio.new_event_loop()
    print("before, running:", loop.is_running())
    loop.call_soon(cb, loop)
    loop.run_forever()
    print("after, running:", loop.is_running())
    loop.close()


main()
