# Conformance (virtual time): time.time() starts at 1700000000.0, monotonic() and perf_counter() at
# 0.0; they do not move while the program computes; time.sleep(s) advances all of them by s.
import time

start_wall = time.time()
start_mono = time.monotonic()
start_perf = time.perf_counter()
print(start_wall, start_mono, start_perf)
total = sum(i * i for i in range(100000))
print("after computing", total, time.time() - start_wall, time.monotonic() - start_mono)
time.sleep(1.5)
print(time.time(), time.monotonic(), time.perf_counter())
time.sleep(0)
time.sleep(0.25)
print(time.time() - start_wall, time.monotonic(), time.perf_counter() - start_perf)
for step in range(3):
    before = time.monotonic()
    time.sleep(10)
    print(f"step {step}: slept {time.monotonic() - before:.3f} s, wall now {time.time():.2f}")
print(type(time.time()).__name__, type(time.monotonic()).__name__, int(time.time()))
print(round(time.time() * 1000))
try:
    time.sleep(-1)
except ValueError as exc:
    print("ValueError:", exc)
