# concurrent.futures.Future.result() blocks the calling thread until another
# thread sets the result; result(timeout) raises TimeoutError if it does not.
import concurrent.futures
import threading
import time


def producer(fut, delay, value):
    time.sleep(delay)
    fut.set_result(value)


fut = concurrent.futures.Future()
print(fut.done(), fut.running())
t = threading.Thread(target=producer, args=(fut, 0.5, "from thread"))
t.start()
print(fut.result())
print(f"{time.monotonic():.3f}", fut.done())
t.join()
slow = concurrent.futures.Future()
try:
    slow.result(timeout=0.1)
except concurrent.futures.TimeoutError:
    print("TimeoutError, TimeoutError is builtin:", concurrent.futures.TimeoutError is TimeoutError)
slow.set_exception(ValueError("bad"))
print(repr(slow.exception()))
