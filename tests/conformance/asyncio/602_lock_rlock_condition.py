# loopstep: no-trace
# threading.Lock, RLock and Condition between threads: a consumer waits on a
# Condition until a producer notifies it; notify wakes waiters in FIFO order;
# RLock is reentrant for its owner only; wait_for with a timeout; the error
# messages of releasing locks that are not held.
import threading
import time

items = []
cond = threading.Condition()


def consumer(n):
    with cond:
        print(f"consumer {n} waits")
        cond.wait_for(lambda: items)
        print(f"consumer {n} got {items.pop(0)} at {time.monotonic()}")


consumers = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for c in consumers:
    c.start()
for i in range(3):
    time.sleep(1)
    with cond:
        items.append(f"item-{i}")
        print(f"producer adds item-{i}")
        cond.notify()
for c in consumers:
    c.join()

with cond:
    print("wait_for timeout:", cond.wait_for(lambda: items, timeout=0.25), time.monotonic())
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at "))

rl = threading.RLock()
with rl:
    with rl:
        print("reentered:", repr(rl).split(" owner=")[0])


def other():
    print("other thread acquire(blocking=False):", rl.acquire(blocking=False))
    print("other thread acquire(timeout=0.5):", rl.acquire(timeout=0.5), time.monotonic())


with rl:
    t = threading.Thread(target=other)
    t.start()
    t.join()

lock = threading.Lock()
for bad in (lock.release, rl.release):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    threading.Condition(threading.Lock()).wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(lock.acquire(timeout=0.5), lock.acquire(timeout=0.5), time.monotonic())
