# Debug mode logs callbacks that block the loop for longer than
# slow_callback_duration (0.1 s): a blocking time.sleep on the loop thread.
import asyncio
import time


def blocking(label, seconds):
    print("start", label)
    time.sleep(seconds)
    print("end", label)


def main():
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    loop.call_soon(blocking, "quick", 0.05)
    loop.call_soon(blocking, "slow", 0.25)
    loop.call_later(1, blocking, "timer", 0.5)
    loop.call_later(2, loop.stop)
    loop.run_forever()
    print(f"loop time {loop.time():.3f}")
    loop.close()


main()
