# Reprs of Handle and TimerHandle for plain functions, lambdas, methods and
# functools.partial, before and after they run.
import asyncio
import functools


class Greeter:
    def hello(self, who):
        print("hello", who)


def plain(x, y=0):
    print("plain", x, y)


def main():
    loop = asyncio.new_event_loop()
    g = Greeter()
    handles = [
        loop.call_soon(plain, 1),
        loop.call_soon(functools.partial(plain, 2, y=3)),
        loop.call_soon(g.hello, "world"),
        loop.call_soon(lambda: print("lambda")),
        loop.call_later(0.25, plain, 4),
    ]
    for h in handles:
        print(repr(h))
    loop.call_later(0.5, loop.stop)
    loop.run_forever()
    for h in handles:
        print(repr(h))
    loop.close()


main()
