# loopstep: no-trace
# threading.Thread basics: default names Thread-N (target), current_thread
# inside the thread, daemon flags, is_alive before/after, join with a timeout
# that expires, enumerate / active_count, and the RuntimeErrors of start twice
# and join before start.
import threading
import time


def worker(n, delay):
    me = threading.current_thread()
    print(f"worker {n} runs as {me.name!r} daemon={me.daemon}")
    time.sleep(delay)
    print(f"worker {n} done at {time.monotonic()}")


class Sleeper(threading.Thread):
    def run(self):
        print(f"{self.name} run() with is_alive={self.is_alive()}")
        time.sleep(3)


t1 = threading.Thread(target=worker, args=(1, 1))
t2 = threading.Thread(target=worker, args=(2, 2), name="second", daemon=True)
s = Sleeper()
print(t1.name, t2.name, s.name)
print("alive before start:", t1.is_alive(), "ident:", t1.ident)
print(repr(t1).replace(" initial", " initial (not started)"))
for t in (t1, t2, s):
    t.start()
print("alive:", t1.is_alive(), t2.is_alive(), s.is_alive())
print("count:", threading.active_count())
print("names:", sorted(t.name for t in threading.enumerate()))
t1.join(0.5)
print(f"join(0.5) returned at {time.monotonic()}, alive={t1.is_alive()}")
t1.join()
print(f"join() returned at {time.monotonic()}, alive={t1.is_alive()}")
print("main:", threading.main_thread().name, threading.current_thread() is threading.main_thread())
print("ident is int:", isinstance(t1.ident, int), t1.ident != threading.get_ident())
try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t2.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
s.join()
print(f"all joined at {time.monotonic()}", threading.active_count())
