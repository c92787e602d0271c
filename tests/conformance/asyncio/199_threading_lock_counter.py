# threading.Lock protects a shared counter: four threads add 10000 each and
# the total is exact; Lock.locked() and acquire(blocking=False) as well.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(10000,), name=f"adder-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print(lock.locked(), lock.acquire(blocking=False), lock.locked())
print(lock.acquire(blocking=False))
lock.release()
print([t.name for t in threads], [t.is_alive() for t in threads])
