// The recording of one program run: what the app, `loopstep record` and the tests read. A program
// runs to its end first (record_program); the Recording it leaves is immutable, and every view of
// the app is a query on it: the state at a cursor (state_at), the next or previous event of a
// kind (find_next / find_prev), the callback around a cursor, the lanes of the timeline
// (task_intervals, loop_intervals) and the console (output_lines). Everything the app keeps is a
// value: event indexes, ids and copies; nothing here hands out pointers into the simulator.
//
// Cost: event(i) is O(1). state_at(i) starts from the nearest keyframe (a full state snapshot
// taken every few thousand events, more sparsely when the state is big) and replays the events
// after it: O(log n + K). find_next / find_prev scan from the cursor.
#pragma once

#include "core/record/events.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopstep::record {

struct RecordingData;
struct Machine;

// ---- the state at a cursor ---------------------------------------------------------------------

struct StackFrameView {
    std::string function; // "main", "Worker.run", "sleep"
    std::string file;
    int line = 0;
    bool library = false; // asyncio's own code (the app may grey it out)

    bool operator==(const StackFrameView&) const = default;
};

struct TaskView {
    TaskId id = 0;
    std::string name;     // "Task-2"
    std::string coro;     // the coroutine's qualified name: "worker"
    TaskId parent = 0;    // the task that created it, 0 when created outside tasks
    int created_line = 0; // the line that created it
    TaskState state = TaskState::Ready;
    uint64_t state_since = 0; // index of the event that put it in this state
    bool woken = false;       // Ready because what it waited on finished (its __wakeup is queued)
    // What it waits on (Waiting), or what it waited on last (Ready with woken).
    WaitKind wait_kind = WaitKind::None;
    std::string waits_on;  // "sleep until t=0.500", "Task-3", "Lock.acquire", "Future"...
    double wait_until = 0; // WaitKind::Sleep
    TaskId wait_task = 0;
    SyncId wait_sync = 0;
    FutureId wait_future = 0;
    StackId await_stack = 0; // where it suspended last (Recording::stack); 0: never suspended
    std::string result;      // Done: repr of the result; Failed / Cancelled: the exception
    int line = 0;            // the line it runs (Running) or is suspended at; 0: not started

    bool operator==(const TaskView&) const = default;
};

struct HandleView {
    HandleId id = 0;
    std::string label; // as `loopstep run --trace` prints it: "Task-2.__step"
    TaskId task = 0;   // the task whose __step / __wakeup it is
    bool timer = false;
    double when = 0; // timers: the deadline
    bool cancelled = false;

    bool operator==(const HandleView&) const = default;
};

struct SyncWaiterView {
    TaskId task = 0;
    FutureId future = 0;
    SyncOp op = SyncOp::Wait; // WaitAcquire, Wait, WaitGet or WaitPut

    bool operator==(const SyncWaiterView&) const = default;
};

struct SyncView {
    SyncId id = 0;
    SyncKind kind = SyncKind::Lock;
    SyncId lock = 0; // a Condition's lock
    int created_line = 0;
    std::vector<TaskId> holders;         // Lock: the owner; Semaphore: who acquired it
    std::vector<SyncWaiterView> waiters; // in the order asyncio wakes them
    std::vector<std::string> items;      // queues: reprs of the items, in queue order
    bool is_set = false;                 // Event
    int64_t value = 0;                   // Semaphore: its counter; Barrier: tasks waiting
    int64_t maxsize = 0;                 // queues (0: unbounded); Barrier: parties

    bool operator==(const SyncView&) const = default;
};

struct FrameView {
    FrameId id = 0;
    std::string function;
    std::string file;
    int line = 0;
    TaskId task = 0; // the task it runs in

    bool operator==(const FrameView&) const = default;
};

struct ThreadView {
    ThreadId id = 0;
    std::string name;
    bool current = false;          // the thread executing at the cursor
    std::vector<FrameView> frames; // the program's frames on it, outermost first

    bool operator==(const ThreadView&) const = default;
};

enum class LoopActivity : uint8_t {
    Outside,  // between callbacks (or the loop is not running)
    Callback, // running the callback State::running_handle
    Waiting,  // select() waiting for the next timer (the clock jumps)
    Blocked,  // a synchronous call holds the loop's thread inside a callback
};

struct State {
    uint64_t index = 0; // the state after this event
    double time = 0;
    uint64_t iteration = 0; // _run_once iterations started
    LoopActivity loop = LoopActivity::Outside;
    HandleId running_handle = 0;
    std::string running_label;
    double wait_from = 0, wait_until = 0; // LoopActivity::Waiting / Blocked
    TaskId current_task = 0;
    ThreadId current_thread = 0;
    FrameId current_frame = 0;
    int current_line = 0; // the line last executed on the current thread
    std::string current_file;
    std::vector<TaskView> tasks;     // every task created so far, in creation order
    std::vector<HandleView> ready;   // the ready deque, front first
    std::vector<HandleView> timers;  // the timer heap, in the order the timers come due
    std::vector<SyncView> syncs;     // in creation order
    std::vector<ThreadView> threads; // by ThreadId
    uint64_t output_size = 0;        // bytes of Recording::output() written so far
    size_t output_lines = 0;         // Recording::output_lines() begun so far

    bool operator==(const State&) const = default;
};

// ---- navigation ---------------------------------------------------------------------------------

constexpr uint64_t kind_bit(EventKind k) {
    return uint64_t(1) << static_cast<int>(k);
}

struct Filter {
    uint64_t kinds = 0;     // kind_bit(...) | ...; 0 matches every kind
    TaskId task = 0;        // only events that happen in this task (0: any)
    int64_t thread = -1;    // only events on this thread (-1: any)
    std::vector<int> lines; // Line events only on these lines (e.g. breakpoints); empty: any line
    StrId file = 0;         // Line events only in this file (0: any)

    bool matches(const Event& e) const;

    static Filter of_kinds(uint64_t kinds) {
        Filter f;
        f.kinds = kinds;
        return f;
    }
    static Filter callbacks() { return of_kinds(kind_bit(EventKind::CallbackStart)); }
    static Filter lines_in(TaskId task) {
        Filter f = of_kinds(kind_bit(EventKind::Line));
        f.task = task;
        return f;
    }
    static Filter awaits() { return of_kinds(kind_bit(EventKind::Await)); }
    static Filter output() { return of_kinds(kind_bit(EventKind::Output)); }
    static Filter breakpoints(std::vector<int> lines) {
        Filter f = of_kinds(kind_bit(EventKind::Line));
        f.lines = std::move(lines);
        return f;
    }
};

struct CallbackSpan {
    uint64_t start = 0; // its CallbackStart event
    uint64_t end = 0;   // its CallbackEnd event
    HandleId handle = 0;
    std::string label;
    TaskId task = 0;
    double start_time = 0, end_time = 0;
};

// One segment of a task's lane in the timeline: the task was in `state` from event `begin` up
// to (not including) event `end`.
struct TaskInterval {
    TaskId task = 0;
    TaskState state = TaskState::Ready;
    WaitKind wait = WaitKind::None; // for Waiting
    uint64_t begin = 0, end = 0;
    double begin_time = 0, end_time = 0;
};

enum class LoopSegment : uint8_t { Callback, Blocked, Waiting };

// One segment of the loop's lane: a callback, a blocking call inside one, or a wait for a timer.
struct LoopInterval {
    LoopSegment kind = LoopSegment::Callback;
    ThreadId thread = 0;
    uint64_t begin = 0, end = 0;
    double begin_time = 0, end_time = 0;
    HandleId handle = 0; // Callback
};

// When a thread held the (simulated) interpreter.
struct ThreadInterval {
    ThreadId thread = 0;
    uint64_t begin = 0, end = 0;
    double begin_time = 0, end_time = 0;
};

enum class MarkerKind : uint8_t {
    Created,
    Await,
    Woken,
    Cancelled,
    Failed,
    Exception,
    Output,
    Warning
};

// A point on the timeline.
struct Marker {
    MarkerKind kind = MarkerKind::Created;
    TaskId task = 0; // the task it concerns (0: none)
    ThreadId thread = 0;
    uint64_t index = 0;
    double time = 0;
};

struct OutputLine {
    Stream stream = Stream::Stdout;
    std::string text;   // without the newline
    uint64_t event = 0; // the Output event that wrote its first character
};

struct RecordingStats {
    uint64_t events = 0;
    uint64_t event_bytes = 0;    // the event blocks
    uint64_t table_bytes = 0;    // strings, output, tasks, handles, stacks, waits...
    uint64_t keyframe_bytes = 0; // state snapshots
    uint64_t index_bytes = 0;    // callbacks, output lines
    uint64_t keyframes = 0;
    uint64_t total_bytes() const {
        return event_bytes + table_bytes + keyframe_bytes + index_bytes;
    }
    double bytes_per_event() const {
        return events ? static_cast<double>(total_bytes()) / static_cast<double>(events) : 0;
    }
};

// ---- the recording
// ---------------------------------------------------------------------------------

class Recording {
  public:
    explicit Recording(std::unique_ptr<RecordingData> data);
    ~Recording();
    Recording(const Recording&) = delete;
    Recording& operator=(const Recording&) = delete;

    size_t size() const;
    Event event(size_t i) const;
    std::string str(StrId id) const;
    std::optional<StrId> find_str(std::string_view s) const; // e.g. a file name for Filter::file
    std::string describe(size_t i) const; // one line for a status bar: "Task-2 awaits sleep..."

    // The state after event i (i < size()); initial_state() is the state before event 0.
    State state_at(size_t i) const;
    State initial_state() const;

    std::optional<size_t> find_next(size_t from, const Filter& f) const; // first match > from
    std::optional<size_t> find_prev(size_t from, const Filter& f) const; // last match < from
    std::optional<CallbackSpan> callback_at(size_t i) const; // the callback running at event i
    size_t callback_count() const;
    CallbackSpan callback(size_t n) const; // the n-th callback run

    size_t task_count() const;
    TaskView task(TaskId id) const; // what never changes: name, coro, parent, creation line
    size_t sync_count() const;
    size_t thread_count() const;
    std::string thread_name(ThreadId id) const;
    std::vector<StackFrameView> stack(StackId id) const; // outermost first
    WaitInfo wait(uint32_t index) const;                 // an Await event's b (1-based)
    HandleView handle(HandleId id) const;

    // The timeline. Task intervals are grouped by task (in TaskId order), each in time order.
    const std::vector<TaskInterval>& task_intervals() const;
    std::vector<TaskInterval> task_intervals(TaskId task) const;
    const std::vector<LoopInterval>& loop_intervals() const;
    const std::vector<ThreadInterval>& thread_intervals() const;
    const std::vector<Marker>& markers() const;

    // The console: the whole output, split into lines (and where stdout and stderr alternate).
    const std::string& output() const;
    std::vector<OutputLine> output_lines() const;
    std::optional<size_t> output_line_at(uint64_t event) const; // the line an Output event began

    // Determinism: a canonical byte serialisation (events and tables, not the derived indexes)
    // and its SHA-512, truncated to 128 bits, in hex.
    std::string serialize() const;
    std::string hash() const;

    RecordingStats stats() const;
    uint64_t keyframe_count() const;
    uint64_t keyframe_index(size_t k) const; // the event whose state the k-th keyframe holds
    // The state after event i by replaying from the start, without keyframes (for tests).
    State state_by_replay(size_t i) const;

  private:
    friend class Recorder;
    void finalize();
    State materialize(const Machine& m, size_t index, bool before_first) const;
    std::unique_ptr<RecordingData> d_;
    std::vector<TaskInterval> task_intervals_;
    std::vector<uint64_t> task_interval_starts_; // per task: first interval, plus the end
    std::vector<LoopInterval> loop_intervals_;
    std::vector<ThreadInterval> thread_intervals_;
    std::vector<Marker> markers_;
};

// ---- recording a program ------------------------------------------------------------------------

struct RecordOptions {
    uint64_t max_steps = 200'000'000; // executed instructions, as `loopstep run --max-steps`
    uint64_t max_events = 50'000'000; // the recording stops the program beyond this many events
    bool asyncio_debug = false;       // as PYTHONASYNCIODEBUG=1 (RunOptions::asyncio_debug)
};

struct Diagnostic {
    enum class Kind : uint8_t { SyntaxError, Unsupported, BudgetExceeded };
    Kind kind = Kind::SyntaxError;
    std::string message; // "invalid syntax", "the program ran more than ... instructions"
    std::string file;
    int line = 0;   // 1-based; 0 when there is no location
    int column = 0; // 1-based
    // As CPython prints it: `  File "x.py", line 3`, the source line, the caret line, and
    // "SyntaxError: ..."; or the budget message.
    std::string text;
};

struct RecordResult {
    std::shared_ptr<const Recording> recording; // also when the program failed or was stopped
    int exit_status = 0;                        // what `python3 FILE.py` would exit with
    std::optional<Diagnostic> diagnostic;       // a syntax error or a budget that stopped it
};

// Runs `source` as the __main__ module named `filename` with everything recorded. `output`, when
// given, also receives each write to stdout (1) and stderr (2) as it happens.
RecordResult record_program(const std::string& filename, const std::string& source,
                            const RecordOptions& opts = {},
                            const std::function<void(int, std::string_view)>& output = {});

} // namespace loopstep::record
