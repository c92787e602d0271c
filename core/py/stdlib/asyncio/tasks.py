# loopstep-module: asyncio.tasks
# loopstep-file: /usr/lib/python3.11/asyncio/tasks.py
"""Tasks and the functions that combine them (sleep, gather, wait, wait_for, as_completed,
shield, ensure_future, run_coroutine_threadsafe), with CPython 3.11's algorithms: the order in
which they add callbacks and set results is what a student sees in the trace. Task and Future
are native (_asyncio). Lines marked #@ N print as CPython's tasks.py line N."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import _asyncio
import _loopstep
from asyncio import coroutines
from asyncio import events
from asyncio import exceptions
from asyncio import futures
from asyncio.coroutines import _is_coroutine

Task = _asyncio.Task
_PyTask = Task

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

current_task = _asyncio.current_task
_register_task = _asyncio._register_task
_unregister_task = _asyncio._unregister_task
_enter_task = _asyncio._enter_task
_leave_task = _asyncio._leave_task


def _iterable_coroutine(func):
    # types.coroutine for a generator function: it may then be awaited.
    return _loopstep.mark_iterable_coroutine(func)


def all_tasks(loop=None):
    """Return a set of all tasks for the loop."""
    if loop is None:
        loop = events.get_running_loop()
    tasks = _asyncio._all_tasks_list()
    return {t for t in tasks
            if futures._get_loop(t) is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a spawn task.

    Return a Task object.
    """
    loop = events.get_running_loop()
    if context is None:
        # Use legacy API if context is not needed
        task = loop.create_task(coro)  #@ 374
    else:
        task = loop.create_task(coro, context=context)

    _set_task_name(task, name)
    return task


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):  #@ 389
    """Wait for the Futures or Tasks given by fs to complete."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    fs = set(fs)

    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")  #@ 415

    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):  #@ 421
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):  #@ 426
    """Wait for the single Future or coroutine to complete, with timeout."""
    loop = events.get_running_loop()

    if timeout is None:
        return await fut  #@ 441

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)

        if fut.done():
            return fut.result()  #@ 448

        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()  #@ 452
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc  #@ 454

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    import functools
    cb = functools.partial(_release_waiter, waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        # wait until the future completes or the timeout
        try:
            await waiter  #@ 466
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()  #@ 469
            else:
                fut.remove_done_callback(cb)
                # The task must not run after wait_for() returns (bpo-32751).
                await _cancel_and_wait(fut, loop=loop)  #@ 474
                raise  #@ 475

        if fut.done():
            return fut.result()  #@ 479
        else:
            fut.remove_done_callback(cb)
            # The task must not run after wait_for() returns (bpo-32751).
            await _cancel_and_wait(fut, loop=loop)  #@ 486
            # A failed cancellation re-raises its exception (bpo-40607).
            try:
                return fut.result()  #@ 490
            except exceptions.CancelledError as exc:
                raise exceptions.TimeoutError() from exc  #@ 492
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):  #@ 497
    """Internal helper for wait(): fs is a collection of Futures."""
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):  #@ 509
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
            return_when == FIRST_COMPLETED or
            return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter  #@ 525
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):  #@ 541
    """Cancel the *fut* future or task and wait until it completes."""

    waiter = loop.create_future()
    import functools
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)

    try:
        fut.cancel()
        # We cannot wait on *fut* directly to make
        # sure _cancel_and_wait itself is reliably cancellable.
        await waiter  #@ 552
    finally:
        fut.remove_done_callback(cb)


# Not a coroutine: an iterator yielding coroutines.
def as_completed(fs, *, timeout=None):  #@ 558
    """Return an iterator whose values are coroutines, awaited in completion order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    from asyncio.queues import Queue  # Import here to avoid circular import problem.
    done = Queue()

    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():  #@ 586
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # Queue a dummy value for _wait_for_one().
        todo.clear()  # Can't do todo.remove(f) in the loop.

    def _on_completion(f):  #@ 592
        if not todo:
            return  # _on_timeout() was here first.
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():  #@ 600
        f = await done.get()  #@ 601
        if f is None:
            # Dummy value from _on_timeout().
            raise exceptions.TimeoutError  #@ 604
        return f.result()  # May raise f.exception().  #@ 605

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


@_iterable_coroutine  #@ 615
def __sleep0():
    """Skip one event loop run cycle (a bare yield, which the task step handles)."""
    yield  #@ 624


async def sleep(delay, result=None):  #@ 627
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await __sleep0()  #@ 630
        return result

    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay,
                        futures._set_result_unless_cancelled,
                        future, result)
    try:
        return await future  #@ 639
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):  #@ 644
    """Wrap a coroutine or an awaitable in a future."""
    return _ensure_future(coro_or_future, loop=loop)  #@ 649


def _ensure_future(coro_or_future, *, loop=None):  #@ 652
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                            'the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not coroutines.iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')  #@ 665

    if loop is None:
        loop = events._get_event_loop(stacklevel=4)
    try:
        return loop.create_task(coro_or_future)  #@ 670
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


def _isawaitable(obj):
    # inspect.isawaitable
    t = type(obj).__name__
    if t == 'coroutine':
        return True
    if t == 'generator' and (obj.gi_code.co_flags & 0x100):
        return True
    return hasattr(type(obj), '__await__')


@_iterable_coroutine  #@ 677
def _wrap_awaitable(awaitable):
    """Wraps an awaitable (an object with __await__) into a coroutine for ensure_future()."""
    return (yield from awaitable.__await__())  #@ 684


_wrap_awaitable._is_coroutine = _is_coroutine


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancel() cancels the children, like Task.cancel()."""

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # A cancelled child propagates the cancellation whatever
            # *return_exceptions* says (issue 32684).
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):  #@ 718
    """Return a future aggregating results from the given coroutines/futures."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):  #@ 754
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark exception retrieved.
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                # A cancelled future's exception() would raise; make the error instead.
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            # All futures are done: the list of results, in argument order.
            results = []

            for fut in children:
                if fut.cancelled():
                    res = exceptions.CancelledError(
                        '' if fut._cancel_message is None else
                        fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if outer._cancel_requested:
                # A cancelled gather propagates the cancellation (issue 32684).
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None  # bpo-46672
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # A future made here for a coroutine: the caller cannot control it, so no
                # "destroy pending task" warning.
                fut._log_destroy_pending = False

            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)

        else:
            # There's a duplicate Future object in coros_or_futures.
            fut = arg_to_fut[arg]

        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):  #@ 841
    """Wait for a future, shielding it from cancellation."""
    inner = _ensure_future(arg)
    if inner.done():
        # Shortcut.
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):  #@ 881
        if outer.cancelled():
            if not inner.cancelled():
                # Mark inner's result as retrieved.
                inner.exception()
            return

        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):  #@ 898
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):  #@ 907
    """Submit a coroutine object to a given event loop; return a concurrent.futures.Future."""
    import concurrent.futures
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():  #@ 916
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future
