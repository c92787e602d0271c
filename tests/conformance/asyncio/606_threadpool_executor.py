# loopstep: no-trace
# concurrent.futures.ThreadPoolExecutor: worker names ThreadPoolExecutor-N_M,
# the default max_workers (min(32, cpu_count + 4), cpu_count 4 here), map in
# input order, as_completed in completion order, wait(FIRST_COMPLETED), the
# with form, Future reprs, result(timeout) raising TimeoutError,
# add_done_callback, cancel of a queued call and shutdown(cancel_futures=True).
import concurrent.futures as cf
import threading
import time


def job(n):
    time.sleep(n)
    return f"job {n} in {threading.current_thread().name} at {time.monotonic()}"


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    for line in ex.map(job, [3, 1, 2]):
        print(line)
print(f"map done at {time.monotonic()}")

ex = cf.ThreadPoolExecutor()
print("default max_workers:", ex._max_workers)
futs = [ex.submit(job, n) for n in (2, 0.5, 1.5, 1)]
for f in cf.as_completed(futs):
    print("as_completed:", f.result())
ex.shutdown()

with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo") as ex:
    slow = ex.submit(job, 2)
    queued = ex.submit(job, 1)
    print(repr(slow).split(" at ")[0], repr(slow).split(" state=")[1])
    print("cancel queued:", queued.cancel(), queued.cancelled(), queued.done())
    print("cancel running:", slow.cancel(), slow.running())
    try:
        slow.result(timeout=0.5)
    except TimeoutError:
        print(f"TimeoutError at {time.monotonic()}")
    slow.add_done_callback(lambda f: print("callback in", threading.current_thread().name))
    done, not_done = cf.wait([slow, queued], return_when=cf.FIRST_COMPLETED)
    print(len(done), len(not_done))
    print(slow.result())
    print(repr(slow).split(" state=")[1])
    slow.add_done_callback(lambda f: print("late callback in", threading.current_thread().name))
    try:
        queued.result()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))
    bad = ex.submit(int, "x")
    print("exception:", repr(bad.exception()), repr(bad).split(" state=")[1])

ex = cf.ThreadPoolExecutor(max_workers=1)
started = [ex.submit(job, 1) for _ in range(4)]
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in started], f"at {time.monotonic()}")
try:
    ex.submit(job, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
f = cf.Future()
f.set_result(5)
try:
    f.set_result(6)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(" at ")[0])
print(cf.wait([f]).done == {f}, cf.TimeoutError is TimeoutError)
