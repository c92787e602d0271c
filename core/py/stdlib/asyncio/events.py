# loopstep-module: asyncio.events
# loopstep-file: /usr/lib/python3.11/asyncio/events.py
"""Event loop policies and the running-loop functions; Handle and TimerHandle are native
(_asyncio_loop), with their repr text made here as CPython makes it."""

__all__ = (
    'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_child_watcher', 'set_child_watcher',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

import sys

import _asyncio
import _asyncio_loop
from asyncio import format_helpers

Handle = _asyncio_loop.Handle
TimerHandle = _asyncio_loop.TimerHandle


def _run(self):
    """Handle._run is native; an exception that a callback lets escape shows this line as the
    frame it passed through, as CPython's Python Handle._run shows it."""
    self._context.run(self._callback, *self._args)  #@ 80


def _handle_repr_info(handle):
    info = [handle.__class__.__name__]
    if handle._cancelled:
        info.append('cancelled')
    if isinstance(handle, TimerHandle):
        pos = 2 if handle._cancelled else 1
        info.insert(pos, f'when={handle._when}')
    if handle._callback is not None:
        info.append(format_helpers._format_callback_source(
            handle._callback, handle._args))
    if handle._source_traceback:
        frame = handle._source_traceback[-1]
        info.append(f'created at {frame[0]}:{frame[1]}')
    return info


class AbstractServer:
    """Abstract server returned by create_server()."""


class AbstractEventLoop(_asyncio_loop._LoopCore):
    """Abstract event loop (in loopstep, every loop has the native scheduling core)."""


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class _Local:
    _loop = None
    _set_called = False


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Default policy implementation for accessing the event loop: each thread has its own
    event loop, created automatically only for the main thread."""

    _loop_factory = None

    def __init__(self):
        self._locals = {}

    @property
    def _local(self):
        ident = _asyncio_loop.get_ident()
        local = self._locals.get(ident)
        if local is None:
            local = self._locals[ident] = _Local()
        return local

    def get_event_loop(self):
        # CPython asks threading whether this is the main thread; the scheduler knows without
        # loading threading, which only the error message below needs.
        if (self._local._loop is None and
                not self._local._set_called and
                _asyncio_loop.get_ident() == _asyncio_loop.main_thread_ident()):
            self.set_event_loop(self.new_event_loop())

        if self._local._loop is None:
            import threading
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)

        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None


get_running_loop = _asyncio.get_running_loop
_get_running_loop = _asyncio._get_running_loop
_set_running_loop = _asyncio._set_running_loop


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from asyncio.unix_events import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """Get the current event loop policy."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy.

    If policy is None, the default policy is restored."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """Return an asyncio event loop: the running one, or the policy's."""
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def _get_event_loop(stacklevel=3):
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Equivalent to calling get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Equivalent to calling get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    """Equivalent to calling get_event_loop_policy().get_child_watcher()."""
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    """Equivalent to calling
    get_event_loop_policy().set_child_watcher(watcher)."""
    return get_event_loop_policy().set_child_watcher(watcher)
