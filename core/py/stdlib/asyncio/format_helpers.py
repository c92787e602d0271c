# loopstep-module: asyncio.format_helpers
# loopstep-file: /usr/lib/python3.11/asyncio/format_helpers.py
"""How asyncio writes callbacks and stacks in reprs and messages ("_run_until_complete_cb() at
.../base_events.py:180", "Task.task_wakeup()")."""

import sys


def _get_function_source(func):
    func = _unwrap(func)
    code = getattr(func, '__code__', None)
    if type(func).__name__ == 'function' and code is not None:
        return (code.co_filename, code.co_firstlineno)
    if type(func).__name__ == 'partial':
        return _get_function_source(func.func)
    return None


def _unwrap(func):
    seen = 0
    while hasattr(func, '__wrapped__') and seen < 100:
        func = func.__wrapped__
        seen += 1
    return func


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


def _format_args_and_kwargs(args, kwargs):
    """Format function arguments and keyword arguments.

    Special case for a single parameter: ('hello',) is formatted as ('hello').
    """
    import reprlib
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    if type(func).__name__ == 'partial':
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)

    if hasattr(func, '__qualname__') and func.__qualname__:
        func_repr = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        func_repr = func.__name__
    else:
        func_repr = repr(func)

    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def extract_stack(f=None, limit=None):
    """Replacement for traceback.extract_stack() that only does the
    necessary work for asyncio debug mode.
    """
    import _loopstep
    # The frames from the caller outwards, oldest first.
    stack = _loopstep.extract_stack(2)
    if limit is not None:
        stack = stack[-limit:]
    return stack
