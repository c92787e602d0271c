// What the Event loop pane shows, as plain strings: the loop's activity in words, the clock, the
// ready deque and the timer heap as cards, the locks / events / queues and the threads. Kept
// apart from the ImGui drawing (loop_view) so the tests check it without a window.
#pragma once

#include "core/record/recording.h"

#include <string>
#include <string_view>
#include <vector>

namespace loopstep::app {

// A callback waiting in the ready deque or the timer heap, or the one running now.
struct CallbackCard {
    record::HandleId handle = 0;
    std::string label;       // "Task-2.__step"
    record::TaskId task = 0; // the task whose step it is (0: a plain callback)
    bool running = false;    // the callback the loop is running at the cursor
    bool cancelled = false;  // cancelled but still queued (the loop skips it)
    std::string when;        // timers: "due t=0.300"
    double deadline = 0;     // timers
};

struct SyncWaiterRow {
    record::TaskId task = 0;
    std::string text; // "Task-3", or "Task-3 (get)" for a queue
};

struct SyncRow {
    record::SyncId id = 0;
    record::SyncKind kind = record::SyncKind::Lock;
    std::string title;              // "Lock #1"
    std::string created;            // "created at line 28"
    std::string owner;              // Lock / Semaphore: the holders' names, or "free"; "" otherwise
    std::string detail;             // Event: "set" / "not set"; Semaphore: "value 2"; queues: "2/5"
    std::vector<std::string> items; // queues, in queue order
    std::vector<SyncWaiterRow> waiters; // in the order asyncio wakes them
};

struct ThreadRow {
    record::ThreadId id = 0;
    std::string name;
    bool current = false;
    std::string frames; // "fetch_report() line 29", or "idle"
};

struct LoopModel {
    record::LoopActivity activity = record::LoopActivity::Outside;
    std::string activity_text;        // "running a callback: Task-2.__step" ...
    bool blocked = false;             // shown in red
    std::string clock;                // "virtual time t=0.300 s"
    std::string iteration;            // "iteration 5"
    std::vector<CallbackCard> ready;  // the running callback first (if any), then front to back
    std::vector<CallbackCard> timers; // by deadline
    std::vector<SyncRow> syncs;
    std::vector<ThreadRow> threads; // only when the program has started another thread
};

LoopModel loop_model(const record::Recording& rec, const record::State& state,
                     std::string_view lang = "en");

// Virtual time as the panes write it: three decimals, as asyncio's debug output and the
// core's "sleep until t=0.500" do.
std::string time_text(double t);

} // namespace loopstep::app
