# asyncio.Future() with no running loop takes the current event loop;
# awaiting a future of another loop fails with "attached to a different loop".
import asyncio

outside = asyncio.Future()
print(outside.get_loop() is asyncio.get_event_loop())


async def main():
    try:
        await outside
    except RuntimeError as e:
        print("RuntimeError:", e)
    inside = asyncio.Future()
    print(inside.get_loop() is asyncio.get_running_loop())
    inside.set_result(1)
    return await inside


print(asyncio.run(main()))
outside.cancel()
