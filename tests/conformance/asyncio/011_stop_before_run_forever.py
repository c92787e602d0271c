# stop() before run_forever(): the loop runs exactly one iteration (the
# callbacks already ready) and returns.
import asyncio


def cb(loop, n):
    print("callback", n)
    if n < 3:
        loop.call_soon(cb, loop, n + 1)


def main():
    loop = asyncio.new_event_loop()
    loop.call_soon(cb, loop, 1)
    loop.stop()
    loop.run_forever()
    print("first run_forever returned")
    loop.stop()
    loop.run_forever()
    print("second run_forever returned")
    loop.stop()
    loop.run_forever()
    print("third run_forever returned")
    loop.close()


main()
