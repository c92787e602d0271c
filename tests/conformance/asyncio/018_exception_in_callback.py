# An exception raised by a plain callback does not stop the loop: the default
# exception handler logs "Exception in callback ..." with the traceback.
import asyncio


def bad(x):
    print("bad called with", x)
    return 1 / x


def good():
    print("good still runs")


def main():
    loop = asyncio.new_event_loop()
    loop.call_soon(bad, 0)
    loop.call_soon(good)
    loop.call_later(0.1, bad, 0)
    loop.call_later(0.2, loop.stop)
    loop.run_forever()
    print("loop survived")
    loop.close()


main()
