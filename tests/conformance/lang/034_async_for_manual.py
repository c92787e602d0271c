# Conformance: async for over an object with __aiter__/__anext__; StopAsyncIteration ends the loop;
# async for/else, break, and the TypeError for a non-async iterable.
class Pause:
    def __await__(self):
        yield "pause"
class Countdown:
    def __init__(self, start):
        self.n = start
    def __aiter__(self):
        print("  __aiter__")
        return self
    async def __anext__(self):
        await Pause()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1
async def main():
    async for n in Countdown(3):
        print("  got", n)
    else:
        print("  async for else ran")
    async for n in Countdown(5):
        if n == 4:
            print("  break at", n)
            break
    else:
        print("  not printed")
    try:
        async for x in [1, 2]:
            pass
    except TypeError as exc:
        print("  TypeError:", exc)
    return "finished"
coro = main()
pauses = 0
try:
    while True:
        coro.send(None)
        pauses += 1
except StopIteration as stop:
    print(stop.value, "after", pauses, "pauses")
