# loopstep-module: asyncio.coroutines
# loopstep-file: /usr/lib/python3.11/asyncio/coroutines.py
"""Coroutine checks and the coroutine text used in task reprs."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import sys
import _loopstep


def _is_debug_mode():
    # The environment is not the scenario's to read: PYTHONASYNCIODEBUG=1 is the runner's
    # option (loopstep run --asyncio-debug, the app's debug-mode toggle).
    return _loopstep.asyncio_debug()


_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    return (_inspect_iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def _inspect_iscoroutinefunction(func):
    while hasattr(func, '__func__'):
        func = func.__func__
    while type(func).__name__ == 'partial' and hasattr(func, 'func'):
        func = func.func
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


_is_coroutine = object()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    # 3.11 still counts generators as coroutines (types.GeneratorType is in its list).
    if type(obj).__name__ in ('coroutine', 'generator'):
        return True
    # collections.abc.Coroutine: a type with __await__, send, throw and close.
    t = type(obj)
    return all(hasattr(t, m) for m in ('__await__', 'send', 'throw', 'close'))


def _format_coroutine(coro):
    assert iscoroutine(coro)

    def get_name(coro):
        if hasattr(coro, '__qualname__') and coro.__qualname__:
            coro_name = coro.__qualname__
        elif hasattr(coro, '__name__') and coro.__name__:
            coro_name = coro.__name__
        else:
            coro_name = f'<{type(coro).__name__} without __name__>'
        return f'{coro_name}()'

    def is_running(coro):
        try:
            return coro.cr_running
        except AttributeError:
            try:
                return coro.gi_running
            except AttributeError:
                return False

    coro_code = None
    if hasattr(coro, 'cr_code') and coro.cr_code:
        coro_code = coro.cr_code
    elif hasattr(coro, 'gi_code') and coro.gi_code:
        coro_code = coro.gi_code

    coro_name = get_name(coro)

    if not coro_code:
        if is_running(coro):
            return f'{coro_name} running'
        else:
            return coro_name

    coro_frame = None
    if hasattr(coro, 'gi_frame') and coro.gi_frame:
        coro_frame = coro.gi_frame
    elif hasattr(coro, 'cr_frame') and coro.cr_frame:
        coro_frame = coro.cr_frame

    filename = coro_code.co_filename or '<empty co_filename>'

    lineno = 0

    if coro_frame is not None:
        lineno = coro_frame.f_lineno
        coro_repr = f'{coro_name} running at {filename}:{lineno}'

    else:
        lineno = coro_code.co_firstlineno
        coro_repr = f'{coro_name} done, defined at {filename}:{lineno}'

    return coro_repr
