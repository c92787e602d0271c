# loopstep-module: concurrent.futures
# loopstep-file: /usr/lib/python3.11/concurrent/futures/__init__.py
"""Execute computations asynchronously using threads, for loopstep.

ThreadPoolExecutor runs its calls on loopstep's simulated threads. ProcessPoolExecutor is named
in __all__ as in CPython, but loopstep runs no processes: asking for it raises ImportError.
"""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    global ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        raise ImportError("loopstep simulates threads, not processes: "
                          "use ThreadPoolExecutor instead of ProcessPoolExecutor")
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor as te
        ThreadPoolExecutor = te
        return te
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
