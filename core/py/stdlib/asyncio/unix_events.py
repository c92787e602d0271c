# loopstep-module: asyncio.unix_events
# loopstep-file: /usr/lib/python3.11/asyncio/unix_events.py
"""The Unix event loop and its policy (the defaults on Debian)."""

__all__ = (
    'SelectorEventLoop',
    'AbstractChildWatcher',
    'DefaultEventLoopPolicy',
)

from asyncio import events
from asyncio import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Unix event loop."""

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}


class AbstractChildWatcher:
    """Abstract base class for monitoring child processes (not available in loopstep)."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy with a watcher for child processes."""
    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        super().__init__()
        self._watcher = None


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
