# Timers with equal deadlines: the heap compares deadlines only, so they do
# not come out first-in first-out. heapq decides the order; print it.
import asyncio


def cb(label):
    print("fired", label)


def main():
    loop = asyncio.new_event_loop()
    when = loop.time() + 1.0
    for i in range(8):
        loop.call_at(when, cb, i)
    loop.call_at(when + 0.5, loop.stop)
    loop.run_forever()
    print(f"time {loop.time():.3f}")
    loop.close()


main()
