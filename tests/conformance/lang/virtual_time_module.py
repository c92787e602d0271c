# The time module reads the virtual clock: 2023-11-14 22:13:20 UTC at the start, and
# time.sleep() advances it without waiting.
import time

print(time.time(), time.monotonic(), time.perf_counter())
print(time.ctime())
print(time.strftime("%Y-%m-%d %H:%M:%S %Z"))
start = time.perf_counter()
time.sleep(1.25)
time.sleep(0.5)
print(f"slept {time.perf_counter() - start:.2f} s")
print(time.time_ns(), time.monotonic_ns())
print(time.localtime().tm_hour, time.gmtime(0).tm_year)
print(time.asctime())
time.sleep(-1)
