# loopstep-module: asyncio.locks
# loopstep-file: /usr/lib/python3.11/asyncio/locks.py
"""Synchronization primitives (Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier)
with CPython 3.11's algorithms: each waiter is a future in a deque, so who wakes first and in
which loop iteration is exactly what a student sees in CPython. CPython's two-base classes
(_ContextManagerMixin, _LoopBoundMixin) become a chain here, which gives the same MRO.
Lines marked #@ N print as CPython's locks.py line N in tracebacks. The _rec calls tell a
recording (core/record) who holds what and who waits in which order; they do nothing otherwise."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

import collections

import _loopstep_record as _rec
from asyncio import exceptions
from asyncio import mixins


class _ContextManagerMixin(mixins._LoopBoundMixin):
    async def __aenter__(self):  #@ 14
        await self.acquire()  #@ 15
        # `async with lock as x` binds None.
        return None

    async def __aexit__(self, exc_type, exc, tb):  #@ 20
        self.release()  #@ 21


class Lock(_ContextManagerMixin):
    """Primitive lock: acquire() waits until it is unlocked, then locks it; release() unlocks
    it and lets the first waiter in line proceed."""

    def __init__(self):  #@ 78
        self._waiters = None
        self._locked = False
        _rec.sync_new(self, 'Lock')

    def __repr__(self):  #@ 82
        res = super().__repr__()
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):  #@ 89
        """Return True if lock is acquired."""
        return self._locked

    async def acquire(self):  #@ 93
        """Acquire the lock, waiting in line while it is held; return True."""
        if (not self._locked and (self._waiters is None or
                all(w.cancelled() for w in self._waiters))):
            self._locked = True
            _rec.sync_op(self, 'acquire')
            return True

        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()  #@ 106
        self._waiters.append(fut)
        _rec.sync_op(self, 'wait_acquire', fut)

        # The waiter leaves the deque before the CancelledError handling, so that
        # _wake_up_first() never picks the task that is being cancelled.
        try:
            try:
                await fut  #@ 114
            finally:
                self._waiters.remove(fut)
                _rec.sync_op(self, 'unwait', fut)
        except exceptions.CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise  #@ 120

        self._locked = True
        _rec.sync_op(self, 'acquire')
        return True

    def release(self):  #@ 125
        """Unlock; the first waiter (if any) may then take the lock.

        Releasing an unlocked lock raises RuntimeError.
        """
        if self._locked:
            self._locked = False
            _rec.sync_op(self, 'release')
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')  #@ 140

    def _wake_up_first(self):  #@ 142
        """Wake up the first waiter if it isn't done."""
        if not self._waiters:
            return
        try:
            fut = next(iter(self._waiters))
        except StopIteration:
            return

        # A done waiter will run later: it takes the lock, or (cancelled) wakes the next one.
        if not fut.done():
            fut.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag that tasks can wait for: set() wakes every waiter, clear() resets it."""

    def __init__(self):  #@ 167
        self._waiters = collections.deque()
        self._value = False
        _rec.sync_new(self, 'Event')

    def __repr__(self):  #@ 171
        res = super().__repr__()
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):  #@ 178
        """Return True if and only if the internal flag is true."""
        return self._value

    def set(self):  #@ 182
        """Set the flag and wake up every task waiting for it."""
        if not self._value:
            self._value = True
            _rec.sync_op(self, 'set')

            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):  #@ 194
        """Reset the flag: later wait() calls block until set() is called again."""
        if self._value:
            _rec.sync_op(self, 'clear')
        self._value = False

    async def wait(self):  #@ 200
        """Return True at once if the flag is set; otherwise block until set() is called."""
        if self._value:
            return True

        fut = self._get_loop().create_future()  #@ 210
        self._waiters.append(fut)
        _rec.sync_op(self, 'wait', fut)
        try:
            await fut  #@ 213
            return True
        finally:
            self._waiters.remove(fut)
            _rec.sync_op(self, 'unwait', fut)


class Condition(_ContextManagerMixin):
    """A condition variable: tasks wait() (releasing the lock) until another task notifies
    them, then take the lock again. A new Lock is made when none is given."""

    def __init__(self, lock=None):  #@ 229
        if lock is None:
            lock = Lock()

        self._lock = lock
        # The lock's locked(), acquire() and release() are the condition's own.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release

        self._waiters = collections.deque()
        _rec.sync_new(self, 'Condition', None, lock)

    def __repr__(self):  #@ 241
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):  #@ 248
        """Release the lock, block until notified, then take the lock again; return True.

        Raises RuntimeError when the lock is not held.
        """
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')  #@ 260

        self.release()  #@ 262
        try:
            fut = self._get_loop().create_future()  #@ 264
            self._waiters.append(fut)
            _rec.sync_op(self, 'wait', fut)
            try:
                await fut  #@ 267
                return True
            finally:
                self._waiters.remove(fut)
                _rec.sync_op(self, 'unwait', fut)

        finally:
            # The lock is taken again even when the wait was cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()  #@ 277
                    break
                except exceptions.CancelledError:
                    cancelled = True

            if cancelled:
                raise exceptions.CancelledError  #@ 283

    async def wait_for(self, predicate):  #@ 285
        """Wait until predicate() is true and return its value."""
        result = predicate()  #@ 292
        while not result:
            await self.wait()  #@ 294
            result = predicate()  #@ 295
        return result

    def notify(self, n=1):  #@ 298
        """Wake up at most n waiting tasks (they return from wait() once they get the lock).

        Raises RuntimeError when the lock is not held.
        """
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')  #@ 311

        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break

            if not fut.done():
                idx += 1
                fut.set_result(False)
        _rec.sync_op(self, 'notify', idx)

    def notify_all(self):  #@ 322
        """Wake up every waiting task."""
        self.notify(len(self._waiters))  #@ 328


class Semaphore(_ContextManagerMixin):
    """A counter that acquire() decrements and release() increments; acquire() waits in line
    while it is zero. The initial value (default 1) must not be negative."""

    def __init__(self, value=1):  #@ 346
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")  #@ 348
        self._waiters = None
        self._value = value
        _rec.sync_new(self, 'BoundedSemaphore' if isinstance(self, BoundedSemaphore)
                      else 'Semaphore', value)

    def __repr__(self):  #@ 352
        res = super().__repr__()
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):  #@ 359
        """Returns True if semaphore cannot be acquired immediately."""
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):  #@ 364
        """Decrement the counter, first waiting in line while it cannot be; return True."""
        if not self.locked():
            self._value -= 1
            _rec.sync_op(self, 'acquire')
            _rec.sync_op(self, 'value', self._value)
            return True

        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()  #@ 379
        self._waiters.append(fut)
        _rec.sync_op(self, 'wait_acquire', fut)

        # As in Lock.acquire: leave the deque before handling the cancellation.
        try:
            try:
                await fut  #@ 387
            finally:
                self._waiters.remove(fut)
                _rec.sync_op(self, 'unwait', fut)
        except exceptions.CancelledError:
            if not fut.cancelled():
                self._value += 1
                _rec.sync_op(self, 'value', self._value)
                self._wake_up_next()
            raise  #@ 394

        # The counter was decremented for this task when it was woken (_wake_up_next).
        _rec.sync_op(self, 'acquire')
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):  #@ 400
        """Increment the counter and wake up the first waiter in line."""
        self._value += 1
        _rec.sync_op(self, 'release')
        _rec.sync_op(self, 'value', self._value)
        self._wake_up_next()

    def _wake_up_next(self):  #@ 409
        """Wake up the first waiter that isn't done."""
        if not self._waiters:
            return

        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                _rec.sync_op(self, 'value', self._value)
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() raises ValueError above the initial value."""

    def __init__(self, value=1):  #@ 428
        self._bound_value = value
        super().__init__(value)  #@ 430

    def release(self):  #@ 432
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')  #@ 434
        super().release()  #@ 435


class _BarrierState:
    """The barrier's states, as CPython's enum _BarrierState (name, value and repr)."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_BarrierState.{self.name}: {self.value!r}>'


_BarrierState.FILLING = _BarrierState('FILLING', 'filling')
_BarrierState.DRAINING = _BarrierState('DRAINING', 'draining')
_BarrierState.RESETTING = _BarrierState('RESETTING', 'resetting')
_BarrierState.BROKEN = _BarrierState('BROKEN', 'broken')


class Barrier(mixins._LoopBoundMixin):
    """Makes a fixed number of tasks wait for each other: wait() blocks until `parties` tasks
    wait, then releases them all at once."""

    def __init__(self, parties):  #@ 455
        """Create a barrier, initialised to 'parties' tasks."""
        if parties < 1:
            raise ValueError('parties must be > 0')  #@ 458

        self._cond = Condition()  # notifies every task when the state changes

        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0  # tasks in the barrier
        _rec.sync_new(self, 'Barrier', parties)

    def __repr__(self):  #@ 466
        res = super().__repr__()
        extra = f'{self._state.value}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):  #@ 473
        # `async with barrier as index` waits at the barrier.
        return await self.wait()  #@ 476

    async def __aexit__(self, *args):  #@ 478
        pass

    async def wait(self):  #@ 481
        """Wait until `parties` tasks wait; return this task's index, 0 to parties-1."""
        async with self._cond:  #@ 488
            await self._block()  #@ 489
            try:
                index = self._count
                self._count += 1
                _rec.sync_op(self, 'value', self._count)
                if index + 1 == self._parties:
                    # The last party releases the others.
                    await self._release()  #@ 495
                else:
                    await self._wait()  #@ 497
                return index
            finally:
                self._count -= 1
                _rec.sync_op(self, 'value', self._count)
                # Wake up the tasks waiting for the barrier to drain.
                self._exit()

    async def _block(self):  #@ 504
        # Wait while the barrier drains or resets; a broken barrier raises.
        await self._cond.wait_for(  #@ 510
            lambda: self._state not in (  #@ 511
                _BarrierState.DRAINING, _BarrierState.RESETTING
            )
        )

        if self._state is _BarrierState.BROKEN:
            raise exceptions.BrokenBarrierError("Barrier aborted")  #@ 518

    async def _release(self):  #@ 520
        # Drain: the waiting tasks pass, new ones block until the draining ends.
        self._state = _BarrierState.DRAINING
        self._cond.notify_all()

    async def _wait(self):  #@ 528
        # Wait for the filling to end; a reset or broken barrier raises.
        await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)  #@ 534

        if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):
            raise exceptions.BrokenBarrierError("Abort or reset of barrier")  #@ 537

    def _exit(self):  #@ 539
        # The last task out ends the draining (or resetting) and wakes the blocked tasks.
        if self._count == 0:
            if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def reset(self):  #@ 547
        """Return the barrier to its initial state; waiting tasks get BrokenBarrierError."""
        async with self._cond:  #@ 553
            if self._count > 0:
                if self._state is not _BarrierState.RESETTING:
                    self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):  #@ 562
        """Break the barrier: waiting tasks and later wait() calls get BrokenBarrierError."""
        async with self._cond:  #@ 568
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):  #@ 573
        """Return the number of tasks required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):  #@ 578
        """Return the number of tasks currently waiting at the barrier."""
        if self._state is _BarrierState.FILLING:
            return self._count
        return 0

    @property
    def broken(self):  #@ 585
        """Return True if the barrier is in a broken state."""
        return self._state is _BarrierState.BROKEN
