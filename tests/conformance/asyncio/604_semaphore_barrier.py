# loopstep: no-trace
# threading.Semaphore limits how many threads are inside at once (two of
# five), BoundedSemaphore refuses an extra release, and a Barrier lets three
# threads through together, runs its action once, and breaks on a timeout.
import threading
import time

slots = threading.Semaphore(2)


def use(n):
    with slots:
        print(f"worker {n} in at {time.monotonic()}")
        time.sleep(1)
    print(f"worker {n} out at {time.monotonic()}")


threads = [threading.Thread(target=use, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(repr(slots).split(" at ")[0], repr(slots).endswith(": value=2>"))

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
print("acquire(timeout=1):", slots.acquire(timeout=1), slots.acquire(timeout=1),
      slots.acquire(timeout=1), time.monotonic())

barrier = threading.Barrier(3, action=lambda: print("barrier action at", time.monotonic()))


def meet(n):
    time.sleep(n)
    print(f"party {n} arrives, waiting={barrier.n_waiting}")
    i = barrier.wait()
    print(f"party {n} passes with index {i} at {time.monotonic()}")


threads = [threading.Thread(target=meet, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lonely = threading.Barrier(2, timeout=0.5)
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print("broken after timeout at", time.monotonic(), lonely.broken)
print(repr(lonely).endswith(": broken>"), lonely.parties)
lonely.reset()
print(lonely.broken, lonely.n_waiting)
