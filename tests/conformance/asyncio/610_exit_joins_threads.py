# loopstep: no-trace
# When the main program ends, the interpreter waits for the non-daemon threads
# (threading._shutdown) but not for daemon ones; an executor that was never
# shut down is shut down then (its workers finish their calls first); a
# Timer's failing function is reported through threading.excepthook.
import concurrent.futures
import threading
import time


def late(name, seconds):
    time.sleep(seconds)
    print(f"{name} finishes at {time.monotonic()}")


def boom():
    raise KeyError("timer")


threading.Thread(target=late, args=("non-daemon", 2)).start()
threading.Thread(target=late, args=("daemon", 5), daemon=True).start()
pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
for i in range(3):
    pool.submit(late, f"pool job {i}", 1.5)
threading.Timer(0.5, boom).start()
print(f"main ends at {time.monotonic()}, threads: {threading.active_count()}")
