# Seed 001 (세마포어) in 3.11 form: Semaphore(value=4) limits how many of ten
# coroutines use the resource at once ("the counter decreases on acquire and
# increases on release"); BoundedSemaphore(4) catches an extra release.
import asyncio

mySemaphore = asyncio.Semaphore(value=4)
boundedSemaphore = asyncio.BoundedSemaphore(value=4)
in_use = 0


async def use_resource(i):
    global in_use
    async with mySemaphore:
        in_use += 1
        print(f"{asyncio.get_running_loop().time():.3f} worker {i} in, in use: {in_use}")
        await asyncio.sleep(0.5 + 0.1 * (i % 3))
        in_use -= 1


async def main():
    await asyncio.gather(*(use_resource(i) for i in range(10)))
    async with boundedSemaphore:
        pass
    try:
        boundedSemaphore.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
