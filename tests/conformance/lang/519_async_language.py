# Conformance: the async parts of the language driven without asyncio (coroutine.send):
# async comprehensions and generator expressions, async generators with asend/athrow/aclose,
# async with and async for on user classes, await on an object with __await__, and the
# RuntimeWarning-free closing of a finished coroutine.
class Tick:
    def __await__(self):
        value = yield "tick"
        return value


class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Tick()
        return self.i


class Session:
    async def __aenter__(self):
        print("  open")
        return "session"

    async def __aexit__(self, exc_type, exc, tb):
        print("  close", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def agen():
    try:
        received = yield 1
        print("  agen received", received)
        yield 2
    finally:
        print("  agen finally")


async def main():
    print([x async for x in Counter(3)], [x * x async for x in Counter(4) if x % 2])
    print({x: -x async for x in Counter(2)}, await Tick())
    async with Session() as s:
        print("  inside", s)
    async with Session():
        raise KeyError("swallowed")
    g = agen()
    print(await g.asend(None), await g.asend("hello"))
    try:
        await g.athrow(ValueError("thrown in"))
    except ValueError as exc:
        print("  athrow:", exc)
    await g.aclose()
    gen_expr = (x async for x in Counter(2))
    print(type(gen_expr).__name__, [x async for x in gen_expr])
    return "main done"


def drive(coro):
    sent = None
    while True:
        try:
            yielded = coro.send(sent)
        except StopIteration as stop:
            return stop.value
        sent = f"answer to {yielded}"


print(drive(main()))
