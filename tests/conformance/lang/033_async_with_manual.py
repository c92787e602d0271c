# Conformance: async with calls __aenter__/__aexit__ (awaiting them) and passes exceptions to __aexit__.
class Pause:
    def __await__(self):
        yield "pause"
class Session:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("  aenter", self.name)
        await Pause()
        return self.name + "-handle"
    async def __aexit__(self, exc_type, exc, tb):
        print("  aexit", self.name, exc_type.__name__ if exc_type else None)
        await Pause()
        return self.suppress
async def main():
    async with Session("s1") as handle:
        print("  body with", handle)
    async with Session("s2", suppress=True):
        raise ValueError("suppressed by aexit")
    try:
        async with Session("s3"):
            raise KeyError("escapes")
    except KeyError as exc:
        print("  caught", repr(exc))
    try:
        async with object():
            pass
    except TypeError as exc:
        print("  TypeError:", exc)
    return "done"
def run(coro):
    pauses = 0
    try:
        while True:
            coro.send(None)
            pauses += 1
    except StopIteration as stop:
        return stop.value, pauses
print(run(main()))
