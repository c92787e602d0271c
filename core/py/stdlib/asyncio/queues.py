# loopstep-module: asyncio.queues
# loopstep-file: /usr/lib/python3.11/asyncio/queues.py
"""Queue, LifoQueue and PriorityQueue with CPython 3.11's algorithms: blocked getters and
putters are futures in deques, woken one at a time in FIFO order, so producers and consumers
interleave as in CPython. Lines marked #@ N print as CPython's queues.py line N. The _rec calls
tell a recording (core/record) the items and the waiters; they do nothing otherwise."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq
from types import GenericAlias

import _loopstep_record as _rec
from asyncio import locks
from asyncio import mixins


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    pass


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    pass


class Queue(mixins._LoopBoundMixin):
    """A queue for producer and consumer tasks.

    With maxsize <= 0 the queue is unbounded; otherwise `await put()` blocks while it holds
    maxsize items, until get() removes one.
    """

    def __init__(self, maxsize=0):  #@ 33
        self._maxsize = maxsize

        # Futures of the tasks blocked in get() and put().
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)  #@ 43
        _rec.sync_new(self, 'PriorityQueue' if isinstance(self, PriorityQueue) else
                      'LifoQueue' if isinstance(self, LifoQueue) else 'Queue', maxsize)

    # _init, _get and _put are what the subclasses override.

    def _init(self, maxsize):  #@ 47
        self._queue = collections.deque()

    def _get(self):  #@ 50
        return self._queue.popleft()  #@ 51

    def _put(self, item):  #@ 53
        self._queue.append(item)

    def _wakeup_next(self, waiters):  #@ 58
        # Wake up the first waiter that was not cancelled, dropping the others.
        while waiters:
            waiter = waiters.popleft()
            _rec.sync_op(self, 'unwait', waiter)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):  #@ 66
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):  #@ 69
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(GenericAlias)

    def _format(self):  #@ 74
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):  #@ 86
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):  #@ 91
        """Number of items allowed in the queue."""
        return self._maxsize

    def empty(self):  #@ 95
        """Return True if the queue is empty, False otherwise."""
        return not self._queue

    def full(self):  #@ 99
        """Return True if the queue holds maxsize items (never, when maxsize <= 0)."""
        if self._maxsize <= 0:
            return False
        else:
            return self.qsize() >= self._maxsize

    async def put(self, item):  #@ 110
        """Put an item into the queue, first waiting for a free slot while it is full."""
        while self.full():
            putter = self._get_loop().create_future()  #@ 117
            self._putters.append(putter)
            _rec.sync_op(self, 'wait_put', putter)
            try:
                await putter  #@ 120
            except:
                putter.cancel()  # In case the putter is still pending.
                try:
                    self._putters.remove(putter)
                    _rec.sync_op(self, 'unwait', putter)
                except ValueError:
                    # get_nowait() already took it out of the deque.
                    pass
                if not self.full() and not putter.cancelled():
                    # get_nowait() woke this task, which cannot use the slot: pass it on.
                    self._wakeup_next(self._putters)
                raise  #@ 134
        return self.put_nowait(item)  #@ 135

    def put_nowait(self, item):  #@ 137
        """Put an item into the queue without blocking; raise QueueFull when it is full."""
        if self.full():
            raise QueueFull  #@ 143
        self._put(item)  #@ 144
        _rec.sync_op(self, 'put', item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):  #@ 149
        """Remove and return an item, first waiting for one while the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()  #@ 155
            self._getters.append(getter)
            _rec.sync_op(self, 'wait_get', getter)
            try:
                await getter  #@ 158
            except:
                getter.cancel()  # In case the getter is still pending.
                try:
                    self._getters.remove(getter)
                    _rec.sync_op(self, 'unwait', getter)
                except ValueError:
                    # put_nowait() already took it out of the deque.
                    pass
                if not self.empty() and not getter.cancelled():
                    # put_nowait() woke this task, which cannot take the item: pass it on.
                    self._wakeup_next(self._getters)
                raise  #@ 172
        return self.get_nowait()  #@ 173

    def get_nowait(self):  #@ 175
        """Remove and return an item if one is available at once, else raise QueueEmpty."""
        if self.empty():
            raise QueueEmpty  #@ 181
        item = self._get()  #@ 182
        _rec.sync_op(self, 'get', item)
        self._wakeup_next(self._putters)
        return item

    def task_done(self):  #@ 186
        """Tell the queue that the processing of an item taken with get() is complete.

        join() returns once task_done() was called for every item put into the queue;
        calling it more often raises ValueError.
        """
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')  #@ 201
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):  #@ 206
        """Block until every item put into the queue was taken and marked task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()  #@ 215


class PriorityQueue(Queue):
    """A Queue that returns its lowest entry first, e.g. (priority, data) tuples."""

    def _init(self, maxsize):  #@ 224
        self._queue = []

    def _put(self, item, heappush=heapq.heappush):  #@ 227
        heappush(self._queue, item)  #@ 228

    def _get(self, heappop=heapq.heappop):  #@ 230
        return heappop(self._queue)  #@ 231


class LifoQueue(Queue):
    """A Queue that returns the most recently added entry first."""

    def _init(self, maxsize):  #@ 237
        self._queue = []

    def _put(self, item):  #@ 240
        self._queue.append(item)

    def _get(self):  #@ 243
        return self._queue.pop()  #@ 244
