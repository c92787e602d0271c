// The recording's event model: one fixed-size 32-byte record per observable step of a program
// (a line run, a callback started, a task suspended at an await, a lock taken, a write to
// stdout...). Events are appended in the order they happen; an event's index is its sequence
// number. Strings (labels, names, reprs, file names) live once in the recording's intern table
// and events hold their ids; variable-length data (await stacks, what a task waits on) lives in
// side tables that events refer to by index. A fixed size keeps the stream compact, lets the
// app address any event in O(1) and makes the serialisation a plain copy.
#pragma once

#include <cstdint>

namespace loopstep::record {

// Ids are dense and start at 1; 0 means "none". They are the recorder's own numbering (in order
// of first appearance), not the interpreter's, so a recording does not change when the library
// creates a few more internal objects.
using StrId = uint32_t;    // Recording::str(id); 0 is the empty string
using TaskId = uint32_t;   // asyncio Tasks, in creation order: 1 is the first task
using FutureId = uint32_t; // every Future (Tasks included), in creation order
using HandleId = uint32_t; // Handles and TimerHandles, in order of scheduling
using FrameId = uint32_t;  // Python frames of the program's own code (not library frames)
using SyncId = uint32_t;   // locks, events, conditions, semaphores, barriers and queues
using StackId = uint32_t;  // an await stack in Recording::stack()
using ThreadId = uint32_t; // simulated threads: 0 is the main thread

inline constexpr uint32_t kNone = 0;

// What each kind stores in the event's payload (a, b, c, d; "when" and other doubles are split
// over two payload words, low word first). `task` is the task running when the event happened
// (0 outside any task), `thread` the simulated thread it happened on, `time` the virtual clock.
#define LOOPSTEP_EVENT_KINDS(X)                                                                    \
    /* the loop started an iteration of _run_once:   a=iteration (low 32 bits) */                  \
    X(IterationStart)                                                                              \
    /* select() waited in virtual time:              time=from, (c,d)=until */                     \
    X(LoopWait)                                                                                    \
    /* a blocking call held the loop's thread inside a callback: time=until, (c,d)=from */         \
    X(LoopBlocked)                                                                                 \
    /* call_soon / call_later / call_at:             a=handle, b=label, c=owning task,             \
                                                     sub=1 for a TimerHandle */                    \
    X(HandleScheduled)                                                                             \
    /* Handle.cancel():                              a=handle, sub=1 when still queued */          \
    X(HandleCancelled)                                                                             \
    /* a cancelled handle left the ready deque without running: a=handle */                        \
    X(HandleSkipped)                                                                               \
    /* a timer came due and moved to the ready deque: a=handle */                                  \
    X(TimerDue)                                                                                    \
    /* a cancelled timer left the heap: a=handle (0: all cancelled timers, heap rebuilt) */        \
    X(TimerDiscarded)                                                                              \
    /* loop.close() emptied the ready deque (sub=0) or the timer heap (sub=1) */                   \
    X(QueueCleared)                                                                                \
    /* _run_once dequeued a handle and calls it:     a=handle, b=label */                          \
    X(CallbackStart)                                                                               \
    /* the callback returned (or raised):            a=handle */                                   \
    X(CallbackEnd)                                                                                 \
    /* a Task was created:                           a=task, b=name, c=coroutine, d=line;          \
                                                     the parent is the event's `task` */           \
    X(TaskCreated)                                                                                 \
    /* a Task changed state (not at an await):       a=task, sub=TaskState, b=result / exception   \
                                                     text (done, failed, cancelled) */             \
    X(TaskState)                                                                                   \
    /* the running task suspended at an await:       a=task, sub=TaskState (Ready after a bare     \
                                                     yield such as sleep(0), else Waiting),        \
                                                     b=wait (Recording::wait), c=await stack */    \
    X(Await)                                                                                       \
    /* a Future was created:                         a=future */                                   \
    X(FutureCreated)                                                                               \
    /* a Future got its result, exception or was cancelled: a=future, sub=FutureState */           \
    X(FutureDone)                                                                                  \
    /* a line of the program started running:        a=frame, b=line, c=function, d=file */        \
    X(Line)                                                                                        \
    /* a frame of the program started (sub=0) or resumed (sub=1): a=frame, b=function, c=file,     \
                                                     d=line */                                     \
    X(FramePush)                                                                                   \
    /* a frame returned (sub=0), suspended at a yield / await (sub=1) or was left by an exception  \
       (sub=2):                                      a=frame, b=line */                            \
    X(FramePop)                                                                                    \
    /* an exception passed through a frame of the program: a=frame, b=type, c=message, d=line */   \
    X(Exception)                                                                                   \
    /* the program wrote output:                     sub=Stream, a=offset in Recording::output(),  \
                                                     b=length */                                   \
    X(Output)                                                                                      \
    /* warnings.showwarning ran:                     a=category, b=message, c=file, d=line */      \
    X(Warning)                                                                                     \
    /* a simulated thread appeared:                  a=thread, b=name */                           \
    X(ThreadStart)                                                                                 \
    /* execution moved to another thread:            a=from thread, b=to thread */                 \
    X(ThreadSwitch)                                                                                \
    /* a lock, event, condition, semaphore, barrier or queue was created: a=sync, sub=SyncKind,    \
       b=linked sync (a Condition's lock), c=line, (d)=initial value or maxsize (int32) */         \
    X(SyncNew)                                                                                     \
    /* an operation on one:                          a=sync, sub=SyncOp, b=future (wait / unwait)  \
                                                     or item (put / get, a string) , c=task,       \
                                                     d=value (int32, for SyncOp::Value) */         \
    X(SyncOp)

enum class EventKind : uint8_t {
#define LOOPSTEP_EVENT_ENUM(name) name,
    LOOPSTEP_EVENT_KINDS(LOOPSTEP_EVENT_ENUM)
#undef LOOPSTEP_EVENT_ENUM
        Count
};
inline constexpr int kEventKindCount = static_cast<int>(EventKind::Count);
const char* event_kind_name(EventKind k); // "CallbackStart"

struct Event {
    EventKind kind;
    uint8_t sub;     // a small kind-specific value (a state, a stream, an operation)
    uint16_t thread; // ThreadId
    TaskId task;     // the running task, 0 outside tasks
    double time;     // virtual seconds since the program started
    uint32_t a, b, c, d;
};
static_assert(sizeof(Event) == 32, "events are 32 bytes");

// A task's state, as the app shows it.
enum class TaskState : uint8_t {
    Ready,     // scheduled: its __step or __wakeup is in the ready deque
    Running,   // its coroutine is executing
    Waiting,   // suspended on something (see WaitInfo)
    Done,      // returned a result
    Cancelled, // ended by CancelledError
    Failed,    // ended by another exception
};
const char* task_state_name(TaskState s); // "ready", "running", ...

enum class FutureState : uint8_t { Pending, Finished, Cancelled };

enum class Stream : uint8_t {
    Stdout = 1,
    Stderr = 2,
    Warning = 3, // stderr text written by warnings.showwarning
};

// What a waiting task waits on.
enum class WaitKind : uint8_t {
    None,
    Sleep,    // asyncio.sleep(d): until WaitInfo::until
    Future,   // a Future (WaitInfo::future)
    Task,     // another Task (WaitInfo::task)
    Sync,     // a lock, event, condition, semaphore, barrier or queue (WaitInfo::sync, ::op)
    Executor, // a job run by an executor thread (WaitInfo::future)
};
const char* wait_kind_name(WaitKind k);

enum class SyncKind : uint8_t {
    Lock,
    Event,
    Condition,
    Semaphore,
    BoundedSemaphore,
    Barrier,
    Queue,
    LifoQueue,
    PriorityQueue,
    Count
};
const char* sync_kind_name(SyncKind k); // "Lock", "Queue", ...

// The operations the instrumented asyncio modules report (see record_module.cpp).
enum class SyncOp : uint8_t {
    Acquire,     // the current task holds it (Lock, Semaphore)
    Release,     // the current task gave it back
    WaitAcquire, // the current task waits to acquire: b=its waiter future
    Wait,        // the current task waits for Event.set / Condition.notify / the Barrier
    WaitGet,     // the current task waits for an item (Queue.get)
    WaitPut,     // the current task waits for room (Queue.put)
    Unwait,      // a waiter future left the waiters (woken, cancelled or timed out): b=future
    Set,         // Event.set()
    Clear,       // Event.clear()
    Notify,      // Condition.notify(n): d=n
    Put,         // an item entered the queue: b=its repr
    Get,         // an item left the queue: b=its repr
    Value,       // the counter changed: d=new value (Semaphore value, Barrier count)
    Count
};
const char* sync_op_name(SyncOp op); // "acquire", "wait_get", ...

// One coroutine of an await stack, outermost first.
struct StackEntry {
    StrId function; // qualified name
    StrId file;
    int32_t line;    // as reported to the user (library files report CPython's line numbers)
    uint8_t library; // 1 for loopstep's asyncio (and other library) code
    uint8_t pad[3];
};
static_assert(sizeof(StackEntry) == 16);

// What a task waits on, referred to by Await events.
struct WaitInfo {
    WaitKind kind;
    SyncOp op; // for WaitKind::Sync
    uint8_t pad[2];
    StrId text;      // how the app names it: "sleep until t=0.500", "Task-3", "Lock.acquire"...
    TaskId task;     // WaitKind::Task
    FutureId future; // the awaited future (all kinds but Sync may have one)
    SyncId sync;     // WaitKind::Sync
    uint32_t pad2;
    double until; // WaitKind::Sleep: the deadline
};
static_assert(sizeof(WaitInfo) == 32);

} // namespace loopstep::record
