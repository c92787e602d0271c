// The program's threads, simulated deterministically on one OS thread. Each simulated thread
// (the main thread, a threading.Thread, an executor worker) runs on its own C stack, and a
// switch between them is a context switch at a blocking call, so native code can block
// anywhere (a lock acquired from inside a __del__ called by the eval loop, say).
//
// The rules are tools/cpython_oracle.py's, so both give CPython's output the same way:
//   - One thread holds the token and runs until it blocks (time.sleep, a lock, a join, the
//     loop's select). Then the first runnable thread runs (FIFO).
//   - Nothing runnable: the clock jumps to the earliest wake time, and every thread due then
//     becomes runnable, ordered by (wake time, order in which they started waiting).
//   - A thread woken by another (lock released, self-pipe written) is appended to the
//     runnable queue; the waker keeps running. A new thread is runnable at once.
//   - time.sleep(0) and every select() let the runnable threads run first.
//   - Every thread waiting and no wake time pending: CPython would hang. The run stops with
//     status 124 (Deadlock).
// Where the oracle's watchdog lets a thread that runs for a second of real time without
// blocking share the CPU (so that a busy loop waiting for another thread ends), loopstep
// preempts a thread after kTimeSlice steps without blocking, deterministically.
#pragma once

#include "core/py/value.h"

#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace loopstep::py {

class Interp;
struct ThreadState;

// Raised (a C++ exception) in the main thread when every thread waits and nothing can ever
// wake one.
struct Deadlock {};

// Steps (function entries and loop iterations) a thread may run without blocking while other
// threads are runnable before it is preempted.
constexpr uint64_t kTimeSlice = 5'000'000;

class SimThread;

class Scheduler {
  public:
    explicit Scheduler(Interp& I);
    ~Scheduler();
    Scheduler(const Scheduler&) = delete;
    Scheduler& operator=(const Scheduler&) = delete;

    SimThread* current() const { return current_; }
    SimThread* main_thread() const { return main_; }
    ThreadState& state_of(SimThread* t);
    int64_t ident_of(const SimThread* t) const;
    int64_t native_id_of(const SimThread* t) const;
    bool is_alive(const SimThread* t) const;
    size_t count_started() const { return alive_workers_; } // _thread._count()

    // _thread.start_new_thread: the thread is runnable at once and runs when the caller blocks.
    SimThread* start_thread(Value func, Value args, Value kwargs);
    // The name the recording shows for the thread with this ident (threading.Thread.name);
    // false when no thread has it.
    bool set_name(int64_t ident, std::string name);

    // A wait: prepare_wait marks the current thread waiting (until woken, or until the clock
    // reaches wake_at) and returns the wait's number, which identifies it in waiter queues;
    // block() gives up the token until the thread runs again and returns true if the wait ended
    // because its wake time came.
    uint64_t prepare_wait(std::optional<double> wake_at);
    bool block();
    bool is_current_wait(const SimThread* t, uint64_t seq) const;
    void wake(SimThread* t);

    // time.sleep(seconds); sleep(0) lets the runnable threads run first.
    void sleep(double seconds);
    void yield_to_runnable();

    // Called by the eval loop when the current thread's time slice is used up.
    void on_time_slice_end();
    // The interpreter's step limit for the running thread: its budget, or the end of its slice.
    void update_step_limit();

    // After the main program ends: the other threads stay where they are, forever (as
    // CPython's daemon threads at exit), and waits no longer block.
    void freeze();

    // Callbacks run when a thread ends (the _set_sentinel locks).
    void add_exit_callback(SimThread* t, Value lock);

  private:
    void dispatch(); // the current thread stopped running: pass the token on
    void advance_clock();
    void make_runnable(SimThread* t);
    void switch_to(SimThread* next);
    void after_switch();
    void thread_finished(SimThread* t);
    [[noreturn]] void abort_to_main(std::exception_ptr e);
    static void fiber_entry(unsigned lo, unsigned hi);
    void run_thread_body(SimThread* t);

    Interp& I_;
    std::vector<std::unique_ptr<SimThread>> threads_;
    SimThread* main_ = nullptr;
    SimThread* current_ = nullptr;
    SimThread* switching_from_ = nullptr;
    std::deque<SimThread*> runnable_;
    struct Timer {
        double wake_at;
        uint64_t seq;
        SimThread* t;
    };
    std::vector<Timer> timers_; // min-heap on (wake_at, seq); stale entries are skipped
    uint64_t seq_ = 0;
    size_t alive_workers_ = 0;
    bool frozen_ = false;
    std::exception_ptr pending_abort_;
    std::vector<void*> dead_stacks_; // freed once another thread runs
};

} // namespace loopstep::py
