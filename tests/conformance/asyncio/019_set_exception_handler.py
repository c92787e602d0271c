# A custom exception handler receives the context dict; get_exception_handler
# returns it; setting None restores the default handler.
import asyncio


def handler(loop, context):
    keys = sorted(context)
    print("handler:", keys)
    print("  message:", context["message"])
    print("  exception:", repr(context.get("exception")))


def bad():
    raise ValueError("boom")


def main():
    loop = asyncio.new_event_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad)
    loop.call_soon(loop.call_exception_handler, {"message": "custom", "x": 1})
    loop.call_later(0.1, loop.stop)
    loop.run_forever()
    loop.set_exception_handler(None)
    loop.call_soon(bad)
    loop.call_later(0.1, loop.stop)
    loop.run_forever()
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.close()


main()
