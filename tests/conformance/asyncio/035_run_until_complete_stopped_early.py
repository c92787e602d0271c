# If the loop is stopped before the future is done, run_until_complete raises
# "Event loop stopped before Future completed."
import asyncio


async def long():
    await asyncio.sleep(10)


def main():
    loop = asyncio.new_event_loop()
    loop.call_later(0.5, loop.stop)
    task = loop.create_task(long())
    try:
        loop.run_until_complete(task)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(f"{loop.time():.3f}", task)
    task.cancel()
    try:
        loop.run_until_complete(task)
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())
    loop.close()


main()
