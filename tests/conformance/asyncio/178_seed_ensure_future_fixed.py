# Seed 001 (ensure_future) in 3.11 form (async def, and main() is called):
# five tasks that each block the loop for 1 s with time.sleep run while
# myGenerator sleeps, so its 2 s sleep ends only at t=5.
import asyncio
import time

async def myTask(n):
    time.sleep(1)
    print("Processing {}".format(n), f"at {time.monotonic():.3f}")

async def myGenerator():
    for i in range(5):
        asyncio.ensure_future(myTask(i))
    print("Complete Tasks")
    await asyncio.sleep(2)
    print("myGenerator done", f"at {time.monotonic():.3f}")

def main():
    loop = asyncio.get_event_loop()
    loop.run_until_complete(myGenerator())
    loop.close()

main()
