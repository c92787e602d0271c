import asyncio

async def worker(name, q: asyncio.Queue[int], *, delay=0.1) -> None:
    while (item := await q.get()) is not None:
        print(f"{name!r} got {item:>4} {[x ** 2 for x in range(item) if x % 2]}")
        async with asyncio.timeout(delay):
            await asyncio.sleep(delay)
        q.task_done()

@decorator(arg=1)
class Thing(Base, metaclass=Meta):
    x: int = 0
    def __init__(self, /, a, b=2, *args, c, d=4, **kw):
        self.a, *self.rest = a, b, *args
        lambda y=1, *z, **w: (y, z, w)

try:
    asyncio.run(main())
except* (ValueError, TypeError) as eg:
    raise RuntimeError("bad") from eg
finally:
    del x[1:2, ::3], y.z
match command.split():
    case [action, *rest] if rest:
        pass
    case {"k": 1, **kw} | Point(x=0, y=_):
        pass
