# A task step that calls time.sleep blocks every other task: in debug mode the
# loop logs "Executing <Task ...> took 0.250 seconds".
import asyncio
import time


async def ticker():
    loop = asyncio.get_running_loop()
    for _ in range(4):
        print(f"{loop.time():.3f} tick")
        await asyncio.sleep(0.1)


async def hog():
    await asyncio.sleep(0.05)
    print("hog blocks the loop")
    time.sleep(0.25)
    print("hog done")


async def main():
    await asyncio.gather(ticker(), hog())


asyncio.run(main(), debug=True)
