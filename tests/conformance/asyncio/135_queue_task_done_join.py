# join() waits until task_done() was called once per item put; calling
# task_done() too often raises ValueError.
import asyncio


async def worker(q, name):
    loop = asyncio.get_running_loop()
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(f"{loop.time():.3f} {name} processed {item}")
        q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    for item in (0.3, 0.1, 0.2, 0.4):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(q, f"w{i}")) for i in range(2)]
    print(q)
    await q.join()
    print(f"{loop.time():.3f} join returned", q)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
