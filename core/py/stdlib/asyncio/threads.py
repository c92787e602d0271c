# loopstep-module: asyncio.threads
# loopstep-file: /usr/lib/python3.11/asyncio/threads.py
"""asyncio.to_thread: runs a blocking function in the loop's default executor (simulated
threads) and awaits its result. CPython runs the function in a copy of the caller's
contextvars context; loopstep has no contextvars module, so no context variable can be set and
calling the function directly is the same. Lines marked #@ N print as CPython's threads.py
line N."""

import functools

from asyncio import events


__all__ = "to_thread",


async def to_thread(func, /, *args, **kwargs):  #@ 12
    """Run func(*args, **kwargs) in a separate thread; return a coroutine giving its result."""
    loop = events.get_running_loop()  #@ 22
    func_call = functools.partial(func, *args, **kwargs)  #@ 24
    return await loop.run_in_executor(None, func_call)  #@ 25
