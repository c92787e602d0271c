# loopstep-module: asyncio.timeouts
# loopstep-file: /usr/lib/python3.11/asyncio/timeouts.py
"""asyncio.timeout() and timeout_at(), as CPython 3.11 writes them: a timer cancels the
current task, and the context manager turns that cancellation into TimeoutError when no other
cancellation is pending (Task.uncancel() counts them). Lines marked #@ N print as CPython's
timeouts.py line N."""

from asyncio import events
from asyncio import exceptions
from asyncio import tasks


__all__ = (
    "Timeout",
    "timeout",
    "timeout_at",
)


class _State:
    """The states of a Timeout, as CPython's enum _State (name, value and repr)."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_State.{self.name}: {self.value!r}>'


_State.CREATED = _State('CREATED', 'created')
_State.ENTERED = _State('ENTERED', 'active')
_State.EXPIRING = _State('EXPIRING', 'expiring')
_State.EXPIRED = _State('EXPIRED', 'expired')
_State.EXITED = _State('EXITED', 'finished')


class Timeout:
    """An async context manager that cancels the task running it at a deadline (loop time),
    and then raises TimeoutError out of the block. A deadline of None never expires."""

    def __init__(self, when):  #@ 29
        self._state = _State.CREATED

        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):  #@ 36
        return self._when

    def reschedule(self, when):  #@ 39
        assert self._state is not _State.CREATED  #@ 40
        if self._state is not _State.ENTERED:
            raise RuntimeError(  #@ 42
                f"Cannot change state of {self._state.value} Timeout",
            )

        self._when = when

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()

        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()  #@ 54
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)  #@ 56
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)  #@ 58

    def expired(self):  #@ 60
        """Is timeout expired during execution?"""
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):  #@ 64
        info = ['']
        if self._state is _State.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state.value}]{info_str}>"

    async def __aenter__(self):  #@ 72
        self._state = _State.ENTERED
        self._task = tasks.current_task()  #@ 74
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")  #@ 76
        self.reschedule(self._when)  #@ 77
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):  #@ 80
        assert self._state in (_State.ENTERED, _State.EXPIRING)  #@ 86

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED

            if self._task.uncancel() == 0 and exc_type is exceptions.CancelledError:
                # No other cancellation is pending: this one was ours.
                raise TimeoutError  #@ 98
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED

        return None

    def _on_timeout(self):  #@ 104
        assert self._state is _State.ENTERED  #@ 105
        self._task.cancel()
        self._state = _State.EXPIRING
        # The handle has run: drop it.
        self._timeout_handler = None


def timeout(delay):  #@ 112
    """Async context manager that times out the block `delay` seconds from now.

        async with asyncio.timeout(10):
            await long_running_task()

    The task is cancelled at the deadline, and the outermost timeout() that caused it turns
    the CancelledError into TimeoutError. None means no timeout.
    """
    loop = events.get_running_loop()  #@ 128
    return Timeout(loop.time() + delay if delay is not None else None)  #@ 129


def timeout_at(when):  #@ 132
    """Like timeout(), with an absolute deadline in loop.time()'s clock (None: no timeout)."""
    return Timeout(when)
