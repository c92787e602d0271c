# get_debug/set_debug, asyncio.run(debug=True) and slow_callback_duration's
# default of 0.1 seconds.
import asyncio


async def show(label):
    loop = asyncio.get_running_loop()
    print(label, "debug:", loop.get_debug(), "slow:", loop.slow_callback_duration)


def main():
    asyncio.run(show("run()"))
    asyncio.run(show("run(debug=True)"), debug=True)
    asyncio.run(show("run(debug=False)"), debug=False)
    loop = asyncio.new_event_loop()
    print("new loop debug:", loop.get_debug())
    loop.set_debug(True)
    loop.slow_callback_duration = 0.5
    loop.run_until_complete(show("set_debug(True)"))
    loop.close()


main()
