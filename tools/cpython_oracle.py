#!/usr/bin/python3
"""The reference runner: runs a Python program under the machine's CPython 3.11 with loopstep's
virtual-clock conventions, so that its output can be compared with `loopstep run`.

    /usr/bin/python3 tools/cpython_oracle.py [--trace] [--asyncio-debug] PROGRAM.py [ARGS...]

prints what the program prints, stdout and stderr merged in order (both unbuffered), and exits
with the program's exit status. Callers run it from the program's directory with a bare file name,
so that tracebacks and warnings say `File "foo.py"` and `foo.py:5:`.

How it runs the program. The script re-execs itself (the same interpreter) with a fixed
environment: PYTHONHASHSEED=0 (str hashes and set order are CPython's SipHash-1-3 with a zero key),
PYTHONUNBUFFERED=1, TZ=UTC, LC_ALL=C.UTF-8, no user site-packages, no .pyc writing, and stderr
joined to stdout. The child installs the virtual clock and the thread scheduler below, then runs
the program as `__main__` the way `python3 PROGRAM.py` does, except that the file name is kept as
given (CPython 3.11 would make it absolute): sys.argv[0], `__file__` and the code's file name are
PROGRAM.py as typed, sys.path[0] is its directory. Everything after that is CPython's own: a
SyntaxError, an uncaught exception or SystemExit leave the oracle's frames and are reported by
CPython's normal machinery (sys.excepthook is the C one, called after this file's frames are
stripped from the traceback), then the interpreter shuts down as usual (threads joined, atexit,
"Exception ignored in" messages, pending warnings). The recursion limit is raised by the depth of
the oracle's own frames, so RecursionError strikes at the same program depth as under python3.

The virtual clock is one number T, starting at 0.0:
  - time.monotonic() and time.perf_counter() return T; time.time() returns 1700000000.0 + T;
    the *_ns variants return round(T * 1e9) (plus 1700000000 * 10**9 for time_ns);
    time.clock_gettime(_ns) for CLOCK_REALTIME / MONOTONIC / MONOTONIC_RAW / BOOTTIME likewise.
  - time.localtime(), gmtime(), ctime(), asctime() and strftime(fmt) without a time argument
    read the virtual time.time() (TZ is UTC, so 2023-11-14 22:13:20 at T = 0).
  - datetime is the pure-Python module (CPython's own Lib/datetime.py), so datetime.now() and
    date.today() read the virtual time.time() too.
  - os.cpu_count() is 4, so the default executor has min(32, 4 + 4) = 8 workers everywhere.
  - time.process_time() and time.thread_time() are not virtual (CPU time is not simulated).

Threads run one at a time. Every thread (the main thread, threading.Thread, the executors'
workers, anything started through _thread.start_new_thread) is known to the scheduler below, and
only the thread holding the scheduler's token runs Python code, so thread interleavings are the
same on every run. A thread keeps the token until it blocks: time.sleep, a lock / condition /
event / semaphore / queue / future wait, Thread.join, or the event loop's selector. Then the
token passes to the first runnable thread (FIFO). When no thread is runnable, T moves to the
earliest pending wake time (sleep end, wait timeout, the selector's deadline) and every thread
due at that time becomes runnable, ordered by (wake time, order in which they started waiting).
A thread woken by another (lock released, condition notified, self-pipe written) is appended to
the runnable queue; the waker keeps running until it blocks itself. Thus:
  - time.sleep(s) blocks only its own thread; two workers sleeping 1 s concurrently take 1 s of T.
    On the loop's thread it blocks the loop, and debug mode reports the callback as slow.
  - A new thread runs first after Thread.start(), until it blocks (start() waits for it).
  - Releasing a threading.Lock makes its first waiter runnable but does not hand the lock over:
    the releasing thread keeps running and may take the lock again (as under CPython's GIL);
    the waiter then waits again, at the front of the queue.
  - time.sleep(0) and every selector call (CPython releases the GIL in select() too) first let
    all runnable threads run.
  - CPU work costs no virtual time. A program that busy-waits on the clock (while
    time.monotonic() < end: pass) never ends. If the token holder runs for 1 s of real time
    without blocking while other threads wait for it or for the clock (a busy loop polling a
    flag that another thread sets, say), a watchdog lets the others run beside it, and the
    oracle says on stderr that the output may now vary.
  - If every thread waits and no wake time is pending, CPython would hang forever: the oracle
    says so on stderr and exits with status 124.
Blocking points are intercepted by: threading.Lock / _allocate_lock (a lock class built on the
scheduler, with _thread.lock's interface, repr and error messages), threading.RLock (likewise,
as _thread.RLock), the tstate lock behind Thread.join and interpreter shutdown,
queue.SimpleQueue (the pure-Python queue._PySimpleQueue, so the ThreadPoolExecutor's work queue
blocks through threading), and the selector. Condition, Event, Semaphore, Barrier, Timer,
queue.Queue, concurrent.futures and asyncio are CPython's own code on top of these. Not
intercepted: locks made with _thread.allocate_lock() directly, and real I/O (sockets, pipes,
subprocesses), which blocks the token holder in real time.

asyncio: every selectors.DefaultSelector is a VirtualSelector, and that is what every
SelectorEventLoop creates (asyncio.run, new_event_loop, Runner, get_event_loop, or
SelectorEventLoop() directly): the loops are the stock classes with the stock event loop policy,
so reprs and behaviour are CPython's, and loop.time() is time.monotonic() = T. select() never
waits in real time: ready file events (the loop's self-pipe) are returned at once; with timeout
0 it polls; otherwise its thread waits until T reaches now + timeout (T becomes exactly
T + timeout) or until another thread writes to the loop's self-pipe: BaseSelectorEventLoop.
_write_to_self (call_soon_threadsafe) is wrapped to tell the selector. asyncio is patched when
the program first imports it, so programs without asyncio start faster.

--trace disables the C accelerator (sys.modules['_asyncio'] = None, so Task and Future are the
pure-Python ones) and wraps asyncio.events.Handle._run so that before each callback runs it writes
one line to stderr:
    #TRACE t=<loop.time() with 3 decimals> <label>
The label of a callback (loopstep must produce the same labels):
  - functools.partial: the label of its .func (repeatedly);
  - a bound method whose object is an asyncio.Task: "<task name>.<method __name__>",
    e.g. Task-1.__step, Task-2.__wakeup;
  - any other bound Python method: its __func__.__qualname__,
    e.g. BaseEventLoop.create_task, BaseSelectorEventLoop._read_from_self, Future.set_result;
  - anything else with a str __qualname__ (functions, lambdas, builtins, builtin methods):
    that __qualname__, e.g. _run_until_complete_cb, gather.<locals>._done_callback,
    _set_result_unless_cancelled, main.<locals>.<lambda>, print, list.append;
  - else the name of its type (type(cb).__name__), e.g. a callable instance of class Job: Job.

Frames of this file never show in tracebacks printed by sys.excepthook, threading.excepthook or
the traceback module (an error raised by a patched primitive, e.g. time.sleep(-1), shows the
caller's line, as for the C function it replaces), nor in debug mode's "Coroutine created at".
sys.getrecursionlimit() shows the program the limit python3 would show. No output is masked
here; the conformance runner masks object addresses (0x...) only. Still different from python3:
the patched functions are Python functions (their repr), sys.orig_argv, inspect.stack() below
<module>, and RecursionError in a thread other than the main one comes a few frames late.
"""

import os
import sys

ORACLE_FILE = __file__

EPOCH = 1_700_000_000.0
EPOCH_NS = 1_700_000_000 * 1_000_000_000
# When one thread runs this long (real seconds) without blocking while others wait, the others
# run anyway; the output is then not deterministic and the oracle says so.
STARVATION_LIMIT = 1.0
# Sleeps at or beyond this raise OverflowError in CPython (its clock is int64 nanoseconds).
MAX_SLEEP = 9.2e9
# Recursion-limit units that exec() itself uses between the oracle's frames and the program's.
EXEC_FRAMES = 1



class _BuiltinLike:
    """A replacement for a C function: callable, but not a descriptor, so that code storing it
    as a class attribute (logging.Formatter.converter = time.localtime) does not bind it as a
    method, exactly as with the built-in it replaces."""

    def __init__(self, fn, name, module):
        self._fn = fn
        self.__name__ = self.__qualname__ = name
        self.__module__ = module

    def __call__(self, *args, **kwargs):
        return self._fn(*args, **kwargs)

    def __repr__(self):
        return f"<built-in function {self.__name__}>"

def main(argv):
    if os.environ.get("LOOPSTEP_ORACLE_CHILD") != "1":
        reexec(argv)
    del os.environ["LOOPSTEP_ORACLE_CHILD"]
    args = argv[1:]
    trace = False
    while args and args[0].startswith("--"):
        opt = args.pop(0)
        if opt == "--trace":
            trace = True
        elif opt == "--asyncio-debug":
            pass  # reexec() put PYTHONASYNCIODEBUG=1 in the environment
        elif opt == "--":
            break
        else:
            sys.exit(f"cpython_oracle.py: unknown option {opt}\n{USAGE}")
    if not args:
        sys.exit(USAGE)
    install(trace)
    run_program(args[0], args[1:])


USAGE = "usage: cpython_oracle.py [--trace] [--asyncio-debug] PROGRAM.py [ARGS...]"


def reexec(argv):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/"),
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "PYTHONHASHSEED": "0",
        "PYTHONUNBUFFERED": "1",
        "PYTHONNOUSERSITE": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LOOPSTEP_ORACLE_CHILD": "1",
    }
    # asyncio's debug mode, as `loopstep run --asyncio-debug` (and the app's toggle) turn it on.
    for opt in argv[1:]:
        if not opt.startswith("--") or opt == "--":
            break
        if opt == "--asyncio-debug":
            env["PYTHONASYNCIODEBUG"] = "1"
    sys.stdout.flush()
    os.dup2(1, 2)  # one stream, so stdout and stderr interleave exactly as written
    os.execve(sys.executable, [sys.executable, os.path.abspath(ORACLE_FILE)] + argv[1:], env)


def run_program(path, args):
    import builtins
    import importlib.machinery
    import types

    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as e:
        sys.stderr.write(f"python3: can't open file {os.path.abspath(path)!r}: "
                         f"[Errno {e.errno}] {e.strerror}\n")
        sys.exit(2)
    sys.argv[:] = [path] + args
    sys.path[0] = os.path.dirname(os.path.realpath(path))
    check_utf8(source, path)
    code = compile(source, path, "exec", dont_inherit=True)
    module = types.ModuleType("__main__")
    module.__dict__.update(
        __annotations__={}, __builtins__=builtins, __cached__=None, __file__=path,
        __loader__=importlib.machinery.SourceFileLoader("__main__", path),
        __package__=None, __spec__=None)
    sys.modules["__main__"] = module
    depth = 0
    frame = sys._getframe()
    while frame is not None:
        depth += 1
        frame = frame.f_back
    hide_recursion_offset(depth + EXEC_FRAMES)
    exec(code, module.__dict__)


def check_utf8(source, path):
    """compile() reports undecodable source differently from CPython's file tokenizer, which
    python3 uses for a script: give the script's message (a file saved as cp949, say)."""
    import re

    lines = source.split(b"\n")
    if lines[0].startswith(b"\xef\xbb\xbf"):
        lines[0] = lines[0][3:]
    cookie = re.compile(rb"^[ \t\f]*#.*?coding[:=]")
    for line in lines[:2]:
        if cookie.match(line):
            return
        if not re.match(rb"^[ \t\f]*(#|$)", line):
            break
    for lineno, line in enumerate(lines, 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as e:
            raise SyntaxError(
                f"Non-UTF-8 code starting with '\\x{line[e.start]:02x}' in file {path} on line "
                f"{lineno}, but no encoding declared; see https://peps.python.org/pep-0263/ for "
                "details") from None


def hide_recursion_offset(offset):
    """Raises the recursion limit by the oracle's own depth, and shows the program the limit
    it would see under python3."""
    real_get = sys.getrecursionlimit
    real_set = sys.setrecursionlimit

    def getrecursionlimit():
        return real_get() - offset

    def setrecursionlimit(limit, /):
        if not isinstance(limit, int) or limit < 1:
            return real_set(limit)  # raises CPython's TypeError / ValueError
        real_set(limit + offset)

    getrecursionlimit.__module__ = setrecursionlimit.__module__ = "sys"
    real_set(real_get() + offset)
    sys.getrecursionlimit = getrecursionlimit
    sys.setrecursionlimit = setrecursionlimit


# ---------------------------------------------------------------------------------------------
# The virtual clock, the thread scheduler and the patches, installed before the program runs.

def install(trace):
    import _thread
    import collections
    import heapq
    import time

    real_sleep = time.sleep
    real_localtime = time.localtime
    real_gmtime = time.gmtime
    real_ctime = time.ctime
    real_asctime = time.asctime
    real_strftime = time.strftime
    real_clock_gettime = time.clock_gettime
    real_clock_gettime_ns = time.clock_gettime_ns
    real_monotonic = time.monotonic
    get_ident = _thread.get_ident
    allocate_raw = _thread.allocate_lock
    real_start_new_thread = _thread.start_new_thread

    RUNNING, RUNNABLE, WAITING, DEAD = "running", "runnable", "waiting", "dead"

    class VThread:
        """The scheduler's view of one OS thread."""
        __slots__ = ("ident", "state", "seq", "timed_out", "gate", "free", "joiners",
                     "tstate_raw")

        def __init__(self, ident, state):
            self.ident = ident
            self.state = state
            self.seq = 0
            self.timed_out = False
            # Closed while the thread must not run; opened by whoever hands it the token.
            self.gate = allocate_raw()
            self.gate.acquire()
            # True while the thread runs without the token (adopted or starved out).
            self.free = False
            self.joiners = []
            self.tstate_raw = None

    class Scheduler:
        """One token, one virtual clock. Methods named *_locked need self.mutex held."""

        def __init__(self):
            self.mutex = allocate_raw()
            self.now = 0.0
            self.holder = None
            self.runnable = collections.deque()
            self.timers = []  # heap of (wake_at, seq, thread); stale entries are skipped
            self.threads = {}
            self.seq = 0
            self.free_count = 0
            self.dead_tstate = []
            self.switches = 0
            self.warned = False
            self.watchdog_started = False
            main = VThread(get_ident(), RUNNING)
            self.threads[main.ident] = main
            self.holder = main

        def current_locked(self):
            t = self.threads.get(get_ident())
            if t is None:
                # A thread we did not start (should not happen): it runs without the token
                # until it first blocks, and is scheduled normally from then on.
                t = VThread(get_ident(), RUNNING)
                t.free = True
                self.free_count += 1
                self.threads[t.ident] = t
            return t

        def prepare_wait_locked(self, t, wake_at):
            """Marks t as waiting (until woken, or until T reaches wake_at); returns the wait's
            sequence number, which identifies it in waiter queues."""
            self.seq += 1
            t.seq = self.seq
            t.state = WAITING
            t.timed_out = False
            if wake_at is not None:
                heapq.heappush(self.timers, (wake_at, t.seq, t))
            return t.seq

        def block_locked(self, t):
            """Gives up the token and parks t until it is handed the token again. Releases the
            mutex. Returns True if the wait ended because its wake time came."""
            if self.holder is t:
                self.dispatch_locked()
            elif t.free:
                t.free = False
                self.free_count -= 1
            self.mutex.release()
            self.park(t)
            return t.timed_out

        def is_current_wait(self, t, seq):
            return t.state == WAITING and t.seq == seq

        def wake_locked(self, t):
            if t.state != WAITING:
                return
            t.timed_out = False
            self.make_runnable_locked(t)
            if self.holder is None:
                self.dispatch_locked()

        def make_runnable_locked(self, t):
            t.state = RUNNABLE
            self.runnable.append(t)

        def dispatch_locked(self):
            """The token holder stopped running: run the next runnable thread, moving the clock
            forward first if nobody is runnable."""
            self.holder = None
            self.switches += 1
            if not self.runnable:
                self.advance_locked()
            if self.runnable:
                t = self.runnable.popleft()
                self.holder = t
                t.state = RUNNING
                t.gate.release()
            elif self.free_count == 0 and any(t.state == WAITING for t in self.threads.values()):
                os.write(2, b"cpython_oracle: every thread is blocked and no timer is pending; "
                            b"CPython would wait forever here\n")
                os._exit(124)

        def advance_locked(self):
            timers = self.timers
            while timers:
                wake_at, seq, t = timers[0]
                if not self.is_current_wait(t, seq):
                    heapq.heappop(timers)
                    continue
                if wake_at > self.now:
                    self.now = wake_at
                while timers and timers[0][0] <= self.now:
                    _, seq, t = heapq.heappop(timers)
                    if self.is_current_wait(t, seq):
                        self.make_runnable_locked(t)
                        t.timed_out = True
                return

        def park(self, t):
            t.gate.acquire()
            self.reap_dead()

        def watchdog(self):
            """Runs in a raw thread (invisible to threading) once the program has a second
            thread: if the token holder runs for STARVATION_LIMIT of real time without blocking
            while others wait for the token or for the clock (a busy loop polling a flag that
            another thread sets, say), it lets the others go on beside it rather than hang."""
            seen = -1
            since = real_monotonic()
            while True:
                real_sleep(STARVATION_LIMIT / 4)
                with self.mutex:
                    if self.switches != seen or self.holder is None:
                        seen = self.switches
                        since = real_monotonic()
                        continue
                    if real_monotonic() - since < STARVATION_LIMIT:
                        continue
                    if not self.runnable and not any(
                            self.is_current_wait(t, seq) for _, seq, t in self.timers):
                        continue
                    holder = self.holder
                    holder.free = True
                    self.free_count += 1
                    self.dispatch_locked()
                    if not self.warned:
                        self.warned = True
                        os.write(2, b"cpython_oracle: a thread ran for over 1 s of real time "
                                    b"without blocking; threads now run in parallel and the "
                                    b"output may vary\n")

        def reap_dead(self):
            # A finished thread's tstate lock is released by C just after its last Python code;
            # wait for it here so that is_alive() and join() see the thread gone.
            while self.dead_tstate:
                with self.mutex:
                    if not self.dead_tstate:
                        break
                    raw = self.dead_tstate.pop()
                if raw.acquire(True, 5.0):
                    raw.release()

        # -- the operations the patched primitives use ----------------------------------------

        def sleep(self, seconds):
            self.mutex.acquire()
            t = self.current_locked()
            if seconds == 0:
                if self.holder is not t or not self.runnable:
                    self.mutex.release()
                    return
                self.make_runnable_locked(t)
                self.dispatch_locked()
                self.mutex.release()
                self.park(t)
                return
            self.prepare_wait_locked(t, self.now + seconds)
            self.block_locked(t)

        def thread_created_locked(self):
            if not self.watchdog_started:
                self.watchdog_started = True
                real_start_new_thread(self.watchdog, ())
            t = VThread(None, RUNNABLE)
            self.make_runnable_locked(t)
            return t

        def thread_started(self, t):
            with self.mutex:
                t.ident = get_ident()
                self.threads[t.ident] = t
            self.park(t)

        def thread_finished(self, t):
            with self.mutex:
                t.state = DEAD
                self.threads.pop(t.ident, None)
                if t.tstate_raw is not None:
                    self.dead_tstate.append(t.tstate_raw)
                for j, seq in t.joiners:
                    if self.is_current_wait(j, seq):
                        self.wake_locked(j)
                t.joiners.clear()
                if t.free:
                    t.free = False
                    self.free_count -= 1
                if self.holder is t:
                    self.dispatch_locked()

    sched = Scheduler()

    # -- the clock ------------------------------------------------------------------------------

    def monotonic():
        return sched.now

    def monotonic_ns():
        return round(sched.now * 1_000_000_000)

    def time_():
        return EPOCH + sched.now

    def time_ns():
        return EPOCH_NS + round(sched.now * 1_000_000_000)

    def sleep(secs):
        if not isinstance(secs, (int, float)):
            try:
                secs = secs.__index__()
            except Exception:
                return real_sleep(secs)  # raises CPython's TypeError
        if not secs >= 0 or secs >= MAX_SLEEP:
            return real_sleep(secs)  # raises CPython's ValueError / OverflowError
        sched.sleep(secs)

    def now_args(args):
        if not args or args[0] is None:
            return (time_(),) + tuple(args[1:])
        return args

    def localtime(*args, **kwargs):
        return real_localtime(*now_args(args), **kwargs)

    def gmtime(*args, **kwargs):
        return real_gmtime(*now_args(args), **kwargs)

    def ctime(*args, **kwargs):
        return real_ctime(*now_args(args), **kwargs)

    def asctime(*args, **kwargs):
        if not args:
            args = (real_localtime(time_()),)
        return real_asctime(*args, **kwargs)

    def strftime(*args, **kwargs):
        if len(args) == 1:
            args = (args[0], real_localtime(time_()))
        return real_strftime(*args, **kwargs)

    virtual_clocks = {getattr(time, n) for n in ("CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW",
                                                   "CLOCK_BOOTTIME") if hasattr(time, n)}

    def clock_gettime(clk_id):
        if clk_id == time.CLOCK_REALTIME:
            return time_()
        if clk_id in virtual_clocks:
            return monotonic()
        return real_clock_gettime(clk_id)

    def clock_gettime_ns(clk_id):
        if clk_id == time.CLOCK_REALTIME:
            return time_ns()
        if clk_id in virtual_clocks:
            return monotonic_ns()
        return real_clock_gettime_ns(clk_id)

    for name, fn in (("monotonic", monotonic), ("monotonic_ns", monotonic_ns),
                     ("perf_counter", monotonic), ("perf_counter_ns", monotonic_ns),
                     ("time", time_), ("time_ns", time_ns), ("sleep", sleep),
                     ("localtime", localtime), ("gmtime", gmtime), ("ctime", ctime),
                     ("asctime", asctime), ("strftime", strftime),
                     ("clock_gettime", clock_gettime), ("clock_gettime_ns", clock_gettime_ns)):
        setattr(time, name, _BuiltinLike(fn, name, "time"))

    def cpu_count():
        return 4

    os.cpu_count = cpu_count
    sys.modules.setdefault("_datetime", None)

    # -- locks ----------------------------------------------------------------------------------

    probe = allocate_raw()

    def check_acquire_args(blocking, timeout):
        # CPython's own argument checks and messages: a free real lock accepts valid arguments
        # at once and raises exactly what _thread.lock.acquire raises for invalid ones.
        if probe.acquire(blocking, timeout):
            probe.release()
        return -1.0 if timeout == -1 else float(timeout)

    class lock:
        """threading.Lock: _thread.lock's interface and repr, blocking through the scheduler."""
        __slots__ = ("_locked", "_waiters", "__weakref__")

        def __init__(self):
            self._locked = False
            self._waiters = collections.deque()

        def acquire(self, blocking=True, timeout=-1):
            if blocking is not True or timeout != -1:
                timeout = check_acquire_args(blocking, timeout)
            sched.mutex.acquire()
            if not self._locked:
                self._locked = True
                sched.mutex.release()
                return True
            if not blocking or timeout == 0:
                sched.mutex.release()
                return False
            t = sched.current_locked()
            deadline = None if timeout < 0 else sched.now + timeout
            first = True
            while True:
                seq = sched.prepare_wait_locked(t, deadline)
                if first:
                    self._waiters.append((t, seq))
                else:
                    self._waiters.appendleft((t, seq))
                first = False
                timed_out = sched.block_locked(t)
                sched.mutex.acquire()
                if not self._locked:
                    self._locked = True
                    sched.mutex.release()
                    return True
                if timed_out:
                    sched.mutex.release()
                    return False

        def release(self):
            with sched.mutex:
                if not self._locked:
                    raise RuntimeError("release unlocked lock")
                self._locked = False
                waiters = self._waiters
                while waiters:
                    t, seq = waiters.popleft()
                    if sched.is_current_wait(t, seq):
                        sched.wake_locked(t)
                        break

        def locked(self):
            return self._locked

        def _at_fork_reinit(self):
            self._locked = False
            self._waiters.clear()

        def __enter__(self):
            return self.acquire()

        def __exit__(self, *exc):
            self.release()

        acquire_lock = acquire
        release_lock = release
        locked_lock = locked

        def __repr__(self):
            state = "locked" if self._locked else "unlocked"
            return f"<{state} _thread.lock object at {id(self):#x}>"

    lock.__module__ = "_thread"

    class RLock:
        """threading.RLock: _thread.RLock's interface and repr on top of the lock above."""
        __slots__ = ("_block", "_owner", "_count", "__weakref__")

        def __init__(self):
            self._block = lock()
            self._owner = None
            self._count = 0

        def acquire(self, blocking=True, timeout=-1):
            me = get_ident()
            if self._owner == me:
                if blocking is not True or timeout != -1:
                    check_acquire_args(blocking, timeout)
                self._count += 1
                return True
            if not self._block.acquire(blocking, timeout):
                return False
            self._owner = me
            self._count = 1
            return True

        def release(self):
            if self._owner != get_ident() or not self._count:
                raise RuntimeError("cannot release un-acquired lock")
            self._count -= 1
            if not self._count:
                self._owner = None
                self._block.release()

        def _is_owned(self):
            return self._owner == get_ident()

        def _release_save(self):
            if not self._count:
                raise RuntimeError("cannot release un-acquired lock")
            state = (self._count, self._owner)
            self._count = 0
            self._owner = None
            self._block.release()
            return state

        def _acquire_restore(self, state):
            self._block.acquire()
            self._count, self._owner = state

        def _at_fork_reinit(self):
            self._block._at_fork_reinit()
            self._owner = None
            self._count = 0

        def __enter__(self):
            return self.acquire()

        def __exit__(self, *exc):
            self.release()

        def __repr__(self):
            state = "locked" if self._count else "unlocked"
            return (f"<{state} _thread.RLock object owner={self._owner or 0} "
                    f"count={self._count} at {id(self):#x}>")

    RLock.__module__ = "_thread"

    class TstateLock:
        """Wraps a thread's tstate lock (released by C when the thread is gone), so that
        Thread.join() and interpreter shutdown wait for the thread in virtual time."""
        __slots__ = ("raw", "owner")

        def __init__(self, raw, owner):
            self.raw = raw
            self.owner = owner

        def acquire(self, blocking=True, timeout=-1):
            if self.raw.acquire(False):
                return True
            if not blocking:
                return False
            sched.mutex.acquire()
            owner = self.owner
            if owner.state != DEAD:
                if timeout == 0:
                    sched.mutex.release()
                    return False
                t = sched.current_locked()
                deadline = None if timeout < 0 else sched.now + timeout
                owner.joiners.append((t, sched.prepare_wait_locked(t, deadline)))
                if sched.block_locked(t):
                    return False
            else:
                sched.mutex.release()
            return self.raw.acquire(True)

        def release(self):
            self.raw.release()

        def locked(self):
            return self.raw.locked()

        def __enter__(self):
            return self.acquire()

        def __exit__(self, *exc):
            self.release()

    # -- threads --------------------------------------------------------------------------------

    def start_new_thread(function, args, kwargs=None, /):
        if not callable(function):
            return real_start_new_thread(function, args, *([] if kwargs is None else [kwargs]))

        def run(*a, **kw):
            sched.thread_started(child)
            try:
                function(*a, **kw)
            finally:
                sched.thread_finished(child)

        with sched.mutex:
            child = sched.thread_created_locked()
        try:
            return real_start_new_thread(run, args, *([] if kwargs is None else [kwargs]))
        except BaseException:
            with sched.mutex:
                if child in sched.runnable:
                    sched.runnable.remove(child)
                child.state = DEAD
            raise

    _thread.start_new_thread = start_new_thread
    _thread.start_new = start_new_thread

    import threading
    import queue

    threading._time = monotonic
    queue.time = monotonic
    threading._start_new_thread = start_new_thread
    threading._allocate_lock = lock
    threading.Lock = lock
    threading._CRLock = RLock
    queue.SimpleQueue = queue._PySimpleQueue

    orig_set_tstate_lock = threading.Thread._set_tstate_lock

    def _set_tstate_lock(self):
        orig_set_tstate_lock(self)
        raw = self._tstate_lock
        with sched.mutex:
            me = sched.current_locked()
            me.tstate_raw = raw
        proxy = TstateLock(raw, me)
        self._tstate_lock = proxy
        with threading._shutdown_locks_lock:
            if raw in threading._shutdown_locks:
                threading._shutdown_locks.discard(raw)
                threading._shutdown_locks.add(proxy)

    threading.Thread._set_tstate_lock = _set_tstate_lock

    # -- the selector ---------------------------------------------------------------------------

    import selectors

    RealSelector = selectors.DefaultSelector

    class VirtualSelector(selectors.BaseSelector):
        """The event loop's selector: never waits in real time (see the header)."""

        def __init__(self):
            self._real = RealSelector()
            self._waiter = None

        def register(self, fileobj, events, data=None):
            return self._real.register(fileobj, events, data)

        def unregister(self, fileobj):
            return self._real.unregister(fileobj)

        def modify(self, fileobj, events, data=None):
            return self._real.modify(fileobj, events, data)

        def get_key(self, fileobj):
            return self._real.get_key(fileobj)

        def get_map(self):
            return self._real.get_map()

        def close(self):
            self._real.close()

        def select(self, timeout=None):
            # Like CPython's select(), which releases the GIL, this first lets every runnable
            # thread run; then it polls, and waits only if nothing is ready.
            sched.sleep(0)
            sched.mutex.acquire()
            ready = self._real.select(0)
            if ready or (timeout is not None and timeout <= 0):
                sched.mutex.release()
                return ready
            t = sched.current_locked()
            deadline = None if timeout is None else sched.now + timeout
            self._waiter = (t, sched.prepare_wait_locked(t, deadline))
            sched.block_locked(t)
            self._waiter = None
            return self._real.select(0)

        def wake(self):
            with sched.mutex:
                w = self._waiter
                if w is not None and sched.is_current_wait(*w):
                    sched.wake_locked(w[0])

    selectors.DefaultSelector = VirtualSelector

    # -- asyncio: patched when the program first imports it -------------------------------------

    import functools
    import types

    def patch_asyncio(asyncio):
        loop_class = asyncio.selector_events.BaseSelectorEventLoop
        orig_write_to_self = loop_class._write_to_self

        def _write_to_self(self):
            orig_write_to_self(self)
            selector = self._selector
            if isinstance(selector, VirtualSelector):
                selector.wake()

        _write_to_self.__qualname__ = orig_write_to_self.__qualname__
        loop_class._write_to_self = _write_to_self
        if not trace:
            return
        task_class = asyncio.Task

        def label(cb):
            while isinstance(cb, functools.partial):
                cb = cb.func
            if isinstance(cb, types.MethodType):
                if isinstance(cb.__self__, task_class):
                    return f"{cb.__self__.get_name()}.{cb.__func__.__name__}"
                return cb.__func__.__qualname__
            qualname = getattr(cb, "__qualname__", None)
            if isinstance(qualname, str):
                return qualname
            return type(cb).__name__

        orig_run = asyncio.events.Handle._run

        def _run(self):
            line = f"#TRACE t={self._loop.time():.3f} {label(self._callback)}\n"
            os.write(2, line.encode("utf-8", "backslashreplace"))
            return orig_run(self)

        asyncio.events.Handle._run = _run

    class PatchAfterImport:
        """A meta path finder that runs patch(module) once the named module has been executed
        (importing any asyncio submodule first runs the whole asyncio package)."""

        def __init__(self, name, patch):
            self.name = name
            self.patch = patch

        def find_spec(self, name, path=None, target=None):
            if name != self.name:
                return None
            sys.meta_path.remove(self)
            for finder in sys.meta_path:
                spec = getattr(finder, "find_spec", lambda *a: None)(name, path, target)
                if spec is not None:
                    break
            else:
                return None
            exec_module = spec.loader.exec_module
            patch = self.patch

            def exec_then_patch(module):
                exec_module(module)
                patch(module)

            spec.loader.exec_module = exec_then_patch
            return spec

    if trace:
        sys.modules["_asyncio"] = None
    if "asyncio" in sys.modules:
        patch_asyncio(sys.modules["asyncio"])
    else:
        sys.meta_path.insert(0, PatchAfterImport("asyncio", patch_asyncio))

    # -- keep this file's frames out of printed tracebacks --------------------------------------

    import traceback

    def strip(exc, seen):
        while exc is not None and id(exc) not in seen:
            seen.add(id(exc))
            tb = exc.__traceback__
            head = last = None
            while tb is not None:
                nxt = tb.tb_next
                if tb.tb_frame.f_code.co_filename != ORACLE_FILE:
                    if last is None:
                        head = tb
                    else:
                        last.tb_next = tb
                    last = tb
                tb = nxt
            if last is not None:
                last.tb_next = None
            exc.__traceback__ = head
            if isinstance(exc, BaseExceptionGroup):
                for sub in exc.exceptions:
                    strip(sub, seen)
            strip(exc.__cause__, seen)
            exc = exc.__context__

    def excepthook(exc_type, exc, tb):
        if isinstance(exc, BaseException):
            exc.__traceback__ = tb
            strip(exc, set())
            tb = exc.__traceback__
        sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = excepthook

    orig_thread_excepthook = threading.excepthook

    def thread_excepthook(args, /):
        exc = args.exc_value
        if isinstance(exc, BaseException):
            strip(exc, set())
            args = threading.ExceptHookArgs(
                [args.exc_type, exc, exc.__traceback__, args.thread])
        orig_thread_excepthook(args)

    threading.excepthook = thread_excepthook

    def filtered(walker):
        def walk(*args, **kwargs):
            for item in walker(*args, **kwargs):
                if item[0].f_code.co_filename != ORACLE_FILE:
                    yield item
        walk.__name__ = walk.__qualname__ = walker.__name__
        return walk

    import linecache
    import warnings

    def _warn_unawaited_coroutine(coro):
        # CPython's warnings._warn_unawaited_coroutine, called by C when a coroutine that was
        # never awaited is finalized; here the origin (debug mode) leaves out this file's frames.
        msg_lines = [f"coroutine '{coro.__qualname__}' was never awaited\n"]
        if coro.cr_origin is not None:
            origin = [(filename, lineno, funcname, linecache.getline(filename, lineno))
                      for filename, lineno, funcname in reversed(coro.cr_origin)
                      if filename != ORACLE_FILE]
            msg_lines.append("Coroutine created at (most recent call last)\n")
            msg_lines += traceback.format_list(origin)
        msg = "".join(msg_lines).rstrip("\n")
        warnings.warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)

    warnings._warn_unawaited_coroutine = _warn_unawaited_coroutine

    traceback.walk_tb = filtered(traceback.walk_tb)
    traceback.walk_stack = filtered(traceback.walk_stack)
    traceback._walk_tb_with_full_positions = filtered(traceback._walk_tb_with_full_positions)


if __name__ == "__main__":
    main(sys.argv)
