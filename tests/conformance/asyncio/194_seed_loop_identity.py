# Seed 004 (3.4 이벤트 루프, In [11]-[13]): get_event_loop() returns the same loop
# each time in one thread; inside a coroutine get_running_loop() and
# get_event_loop() both return the running loop.
import asyncio

loop = asyncio.get_event_loop()
loop2 = asyncio.get_event_loop()
print(loop is loop2)


async def main():
    loop = asyncio.get_running_loop()
    loop2 = asyncio.get_running_loop()
    print(loop is loop2)
    loop = asyncio.get_event_loop()
    loop2 = asyncio.get_running_loop()
    print(loop is loop2)
    return loop


running = loop.run_until_complete(main())
print(running is loop)
loop.close()
