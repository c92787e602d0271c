# loopstep: no-trace
# threading.Event between threads (waiters wake when another thread sets it;
# wait with a timeout returns False), and threading.Timer: one fires after its
# interval, one is cancelled before it fires.
import threading
import time

ready = threading.Event()


def waiter(n):
    print(f"waiter {n} waits, is_set={ready.is_set()}")
    ok = ready.wait()
    print(f"waiter {n} woke at {time.monotonic()}: {ok}")


def setter():
    time.sleep(1.5)
    print("setter sets the event")
    ready.set()


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(2)]
threads.append(threading.Thread(target=setter))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("wait on a set event:", ready.wait(5), time.monotonic())
ready.clear()
print("wait(0.5) on a clear event:", ready.wait(0.5), time.monotonic())
print(repr(ready).split(" at ")[0], repr(ready).endswith(": unset>"))


def ring(who):
    print(f"timer for {who} fired at {time.monotonic()} in {threading.current_thread().name}")


t1 = threading.Timer(2, ring, args=("alice",))
t2 = threading.Timer(1, ring, kwargs={"who": "bob"})
t1.start()
t2.start()
time.sleep(0.5)
t1.cancel()
print(f"cancelled alice's timer at {time.monotonic()}")
t1.join()
t2.join()
print(f"timers joined at {time.monotonic()}", t1.finished.is_set(), t2.finished.is_set())
