# loopstep-module: asyncio.taskgroups
# loopstep-file: /usr/lib/python3.11/asyncio/taskgroups.py
"""asyncio.TaskGroup, as CPython 3.11 writes it: the first failing child cancels its siblings
and the parent task, __aexit__ waits for every child, then raises the errors together as an
ExceptionGroup (SystemExit and KeyboardInterrupt alone). Lines marked #@ N print as CPython's
taskgroups.py line N, e.g. line 133, `raise me from None`."""

__all__ = ["TaskGroup"]

from asyncio import events
from asyncio import exceptions
from asyncio import tasks


class TaskGroup:
    """An async context manager that owns the tasks made by its create_task() and waits for
    all of them on exit."""

    def __init__(self):  #@ 14
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):  #@ 26
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')

        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):  #@ 40
        if self._entered:
            raise RuntimeError(  #@ 42
                f"TaskGroup {self!r} has been already entered")
        self._entered = True

        if self._loop is None:
            self._loop = events.get_running_loop()  #@ 47

        self._parent_task = tasks.current_task(self._loop)  #@ 49
        if self._parent_task is None:
            raise RuntimeError(  #@ 51
                f'TaskGroup {self!r} cannot determine the parent task')

        return self

    async def __aexit__(self, et, exc, tb):  #@ 56
        self._exiting = True

        if (exc is not None and
                self._is_base_error(exc) and
                self._base_error is None):
            self._base_error = exc

        propagate_cancellation_error = \
            exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested:
            # The group cancelled its parent: it must take that request back.
            if self._parent_task.uncancel() == 0:
                # No other cancellation is pending: do not propagate CancelledError.
                propagate_cancellation_error = None

        if et is not None:
            if not self._aborting:
                # The parent task is being cancelled, or the body of `async with` raised:
                # cancel the children.
                self._abort()  #@ 87

        # A loop, because _on_completed_fut is cancelled each time the parent task is
        # cancelled again while the group waits for its children.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()  #@ 95

            try:
                await self._on_completed_fut  #@ 98
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    # The parent task is cancelled while the children still run.
                    propagate_cancellation_error = ex
                    self._abort()  #@ 110

            self._on_completed_fut = None

        assert not self._tasks  #@ 114

        if self._base_error is not None:
            raise self._base_error  #@ 117

        # A pending CancelledError propagates unless there are other errors, which win.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error  #@ 122

        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)

        if self._errors:
            # Drop the list afterwards: exceptions hold frames, and frames hold cycles.
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)  #@ 132
                raise me from None  #@ 133
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):  #@ 137
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")  #@ 139
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")  #@ 141
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")  #@ 143
        if context is None:
            task = self._loop.create_task(coro)  #@ 145
        else:
            task = self._loop.create_task(coro, context=context)  #@ 147
        tasks._set_task_name(task, name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    # KeyboardInterrupt and SystemExit are the errors a task does not simply propagate.

    def _is_base_error(self, exc):  #@ 157
        assert isinstance(exc, BaseException)  #@ 158
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):  #@ 161
        self._aborting = True

        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):  #@ 168
        self._tasks.discard(task)

        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return

        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            # The parent finished first: nobody can receive this error, so report it.
            self._loop.call_exception_handler({  #@ 189
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return

        if not self._aborting and not self._parent_cancel_requested:
            # The parent is not being cancelled: cancel it, so that whatever the body of
            # `async with` awaits stops now, and take the cancellation back in __aexit__
            # (the code after the `async with` must still run).
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
