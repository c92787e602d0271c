# loopstep-module: asyncio.selector_events
# loopstep-file: /usr/lib/python3.11/asyncio/selector_events.py
"""The selector event loop. loopstep's loop has no sockets: the only thing it selects on is
its self-pipe, written by call_soon_threadsafe() from other threads."""

__all__ = 'BaseSelectorEventLoop',

import sys

from asyncio import base_events


class VirtualSelector:
    """What the loop selects with: _run_once's select() is native (core/aio/threads.cpp) and waits
    in virtual time for the next timer or a write to the self-pipe. The loop holds one in
    _selector, as CPython's holds a selectors.DefaultSelector, and debug logging names it."""


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """Selector event loop."""

    def __init__(self, selector=None):
        super().__init__()
        if selector is None:
            selector = VirtualSelector()
        # CPython logs this always; without logging loaded nobody could have asked for DEBUG.
        if 'logging' in sys.modules:
            base_events._logger().debug('Using selector: %s', selector.__class__.__name__)
        self._selector = selector

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        super().close()

    def _read_from_self(self):
        # The bytes call_soon_threadsafe wrote: their only purpose was to wake the loop.
        self._drain_self_pipe()
