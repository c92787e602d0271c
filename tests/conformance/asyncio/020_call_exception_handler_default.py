# The default handler's output for contexts built by hand: message only,
# message with an exception, and extra keys printed as "key: repr".
import asyncio


def main():
    loop = asyncio.new_event_loop()
    loop.call_exception_handler({"message": "just a message"})
    loop.call_exception_handler({
        "message": "with exception",
        "exception": RuntimeError("oops"),
    })
    fut = loop.create_future()
    loop.call_exception_handler({
        "message": "with extras",
        "future": fut,
        "zeta": [1, 2],
        "alpha": "text",
    })
    try:
        raise KeyError("inner")
    except KeyError as e:
        loop.call_exception_handler({"message": "caught", "exception": e})
    fut.cancel()
    loop.close()
    print("done")


main()
