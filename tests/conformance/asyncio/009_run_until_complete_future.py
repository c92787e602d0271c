# run_until_complete on a plain Future: the loop runs until a timer sets the
# result, and returns that result. Other timers keep their deadlines.
import asyncio


def main():
    loop = asyncio.new_event_loop()
    fut = loop.create_future()
    print(fut)
    loop.call_later(0.5, fut.set_result, "answer")
    loop.call_later(0.2, lambda: print(f"{loop.time():.3f} tick"))
    loop.call_later(0.9, lambda: print(f"{loop.time():.3f} late tick"))
    result = loop.run_until_complete(fut)
    print(f"{loop.time():.3f} result: {result}")
    print(fut)
    result = loop.run_until_complete(asyncio.sleep(1, "slept"))
    print(f"{loop.time():.3f} result: {result}")
    loop.close()


main()
