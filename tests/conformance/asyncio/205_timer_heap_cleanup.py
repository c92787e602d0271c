# Equal deadlines and cancelled timers: with more than 100 timers of which
# over half are cancelled, _run_once rebuilds the heap (heapify), otherwise it
# pops cancelled ones lazily; either way the firing order is heapq's.
import asyncio


def run(total, cancel_every):
    loop = asyncio.new_event_loop()
    fired = []
    when = loop.time() + 1
    handles = [loop.call_at(when, fired.append, i) for i in range(total)]
    for i, h in enumerate(handles):
        if i % cancel_every != 0:
            h.cancel()
    loop.call_at(when + 1, loop.stop)
    loop.run_forever()
    loop.close()
    return fired


print(run(12, 3))
print(run(120, 3))
print(run(120, 2)[:20])
