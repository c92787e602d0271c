# stop() from a callback: run_forever returns after the current iteration;
# callbacks already ready in it still run, the rest wait for the next run.
import asyncio


def cb(loop, label):
    print(f"{loop.time():.3f} {label}")


def stopper(loop):
    print(f"{loop.time():.3f} stopping")
    loop.stop()
    loop.call_soon(cb, loop, "scheduled after stop")


def main():
    loop = asyncio.new_event_loop()
    loop.call_later(0.1, cb, loop, "before stop")
    loop.call_later(0.2, stopper, loop)
    loop.call_later(0.2, cb, loop, "same deadline as stopper")
    loop.call_later(0.3, cb, loop, "after stop")
    print("run_forever returned:", loop.run_forever())
    print(f"{loop.time():.3f} between runs, running={loop.is_running()}")
    loop.call_later(0.2, loop.stop)
    loop.run_forever()
    print(f"{loop.time():.3f} second run returned")
    loop.close()


main()
