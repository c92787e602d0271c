# Only callbacks that were ready when an iteration started run in it: a
# callback scheduled by a callback waits for the next iteration.
import asyncio


def chain(loop, name, n):
    print(f"{name} step {n}")
    if n < 3:
        loop.call_soon(chain, loop, name, n + 1)


def main():
    loop = asyncio.new_event_loop()
    loop.call_soon(chain, loop, "A", 1)
    loop.call_soon(chain, loop, "B", 1)
    loop.call_soon(chain, loop, "C", 1)
    loop.call_later(0.01, loop.stop)
    loop.run_forever()
    loop.close()


main()
