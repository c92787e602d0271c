# Handle.cancel() and TimerHandle.cancel(): a cancelled callback never runs;
# cancelled() reports it; reprs show the callback and the cancelled state.
import asyncio


def cb(label):
    print("ran", label)


def main():
    loop = asyncio.new_event_loop()
    h1 = loop.call_soon(cb, "h1")
    h2 = loop.call_soon(cb, "h2")
    t1 = loop.call_later(0.5, cb, "t1")
    t2 = loop.call_later(0.2, cb, "t2")
    print(type(h1).__name__, type(t1).__name__)
    print(h2.cancelled(), t2.cancelled())
    h2.cancel()
    t2.cancel()
    h2.cancel()
    print(h2.cancelled(), t2.cancelled())
    print(h2)
    print(t2)
    loop.call_later(1, loop.stop)
    loop.run_forever()
    print(h1.cancelled(), t1.cancelled())
    loop.close()


main()
