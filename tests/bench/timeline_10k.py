# The timeline benchmark's recording: 10,000 tasks that sleep, take a shared lock, hand items
# through a queue and print now and then, so every lane has running, ready and waiting segments
# and markers. `loopstep record --stats` shows it at about a million events; `loopstep
# --bench-frames N --scenario tests/bench/timeline_10k.py` times the timeline on it. Under CPython
# the order of the "worker N done" lines changes from run to run (handling 10,000 tasks takes real
# milliseconds, as long as the sleeps); in loopstep's virtual time it is always the same.
import asyncio

TASKS = 10_000
ROUNDS = 3


async def worker(n, lock, queue):
    for r in range(ROUNDS):
        await asyncio.sleep((n % 97) * 0.001 + r * 0.01)
        async with lock:
            await queue.put(n)
    if n % 1000 == 0:
        print("worker", n, "done")
    return n


async def drain(queue, count):
    total = 0
    for _ in range(count):
        total += await queue.get()
    return total


async def main():
    lock = asyncio.Lock()
    queue = asyncio.Queue(maxsize=100)
    consumer = asyncio.create_task(drain(queue, TASKS * ROUNDS))
    workers = [asyncio.create_task(worker(n, lock, queue)) for n in range(TASKS)]
    done = await asyncio.gather(*workers)
    print("workers:", len(done), "sum:", sum(done))
    print("drained:", await consumer)


asyncio.run(main())
