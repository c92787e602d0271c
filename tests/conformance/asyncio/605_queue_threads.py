# loopstep: no-trace
# queue.Queue between threads: two producers and two consumers over a bounded
# queue (put blocks while it is full), task_done/join, then the None
# sentinels; Empty and Full from the non-blocking and timed forms; LifoQueue,
# PriorityQueue and SimpleQueue order.
import queue
import threading
import time

q = queue.Queue(maxsize=2)


def producer(name, n, delay):
    for i in range(n):
        time.sleep(delay)
        q.put(f"{name}{i}")
        print(f"{time.monotonic():.2f} {name} put {name}{i} (size {q.qsize()})")


def consumer(name, delay):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            print(f"{time.monotonic():.2f} {name} stops")
            return
        time.sleep(delay)
        print(f"{time.monotonic():.2f} {name} handled {item}")
        q.task_done()


producers = [threading.Thread(target=producer, args=("a", 4, 0.1)),
             threading.Thread(target=producer, args=("b", 3, 0.25))]
consumers = [threading.Thread(target=consumer, args=(f"c{i}", 0.5)) for i in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
print(f"{time.monotonic():.2f} all items handled, unfinished={q.unfinished_tasks}")
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()

try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty:", type(e), repr(e))
try:
    q.get(timeout=0.5)
except queue.Empty:
    print(f"Empty after the timeout at {time.monotonic():.2f}")
q.put(1)
q.put(2)
print("full:", q.full(), q.empty())
try:
    q.put(3, block=False)
except queue.Full as e:
    print("Full:", type(e), repr(e))
try:
    q.put(3, timeout=0.25)
except queue.Full:
    print(f"Full after the timeout at {time.monotonic():.2f}")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
for _ in range(2):
    q.get()
    q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

lifo, prio, simple = queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()
for x in (3, 1, 2):
    lifo.put(x)
    prio.put((x, f"job{x}"))
    simple.put(x)
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)],
      [simple.get() for _ in range(3)], simple.empty(), simple.qsize())
print(queue.Queue[int])
