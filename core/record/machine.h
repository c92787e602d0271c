// The replay machine: the state of the program as the events describe it, in compact form (ids,
// no strings), and how each event changes it. Keyframes are copies of it; Recording::state_at
// copies the nearest keyframe, applies the events after it and turns the result into the
// value-type State the app reads. The ready deque and the timer heap are replayed with the loop's
// own algorithms (a FIFO, and heapq comparing deadlines only), so their order is asyncio's.
#pragma once

#include "core/record/events.h"
#include "core/record/recording.h"

#include <vector>

namespace loopstep::record {

struct RecordingData;

struct TaskRt {
    TaskState state = TaskState::Ready;
    bool woken = false;
    uint32_t wait = 0;  // WaitInfo index (1-based) of the last Await that waited on something
    StackId stack = 0;  // the await stack of its last suspension
    StrId result = 0;   // Done / Failed / Cancelled
    uint64_t since = 0; // event index of the last state change
};

struct SyncWaiterRt {
    FutureId future;
    TaskId task;
    SyncOp op;
};

struct SyncRt {
    std::vector<TaskId> holders;
    std::vector<SyncWaiterRt> waiters;
    std::vector<StrId> items;
    int64_t value = 0;
    bool is_set = false;
};

struct FrameRt {
    FrameId frame;
    int32_t line;
    TaskId task;
};

struct ThreadRt {
    std::vector<FrameRt> frames; // innermost last
    bool started = false;
};

struct Machine {
    uint64_t iteration = 0;
    LoopActivity activity = LoopActivity::Outside;
    HandleId running = 0;
    double wait_from = 0, wait_until = 0;
    uint64_t output_size = 0;
    std::vector<TaskRt> tasks;   // by TaskId - 1
    std::vector<HandleId> ready; // live part from ready_head
    size_t ready_head = 0;
    std::vector<HandleId> timers;    // a heap by deadline, as heapq keeps it
    std::vector<HandleId> cancelled; // cancelled handles still in the deque or the heap
    std::vector<SyncRt> syncs;       // by SyncId - 1
    std::vector<ThreadRt> threads;   // by ThreadId

    void apply(const Event& e, uint64_t index, const RecordingData& d);
    size_t bytes() const;     // roughly what a copy costs, for spacing keyframes
    Machine snapshot() const; // a compact copy, for a keyframe
    bool is_cancelled(HandleId h) const;
    ThreadRt& thread(ThreadId id);
    void ready_remove(HandleId h);
    // The timers in the order they will come due (a copy of the heap, popped).
    std::vector<HandleId> timers_in_due_order(const RecordingData& d) const;
};

} // namespace loopstep::record
