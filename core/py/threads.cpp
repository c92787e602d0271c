// See threads.h. Each simulated thread other than the main one runs on an mmap'ed stack through
// ucontext; the main thread runs on the stack of the OS thread that runs the program.
#include "core/py/threads.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/interp.h"
#include "core/py/str.h"
#include "core/py/tuple.h"

#include <algorithm>
#include <sys/mman.h>
#include <ucontext.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#define LOOPSTEP_FIBER_ANNOTATIONS 1
#endif

namespace loopstep::py {

namespace {

// Reserved per thread, committed only as used. The eval loop nests at most 900 deep
// (kMaxNativeDepth), well within this.
constexpr size_t kThreadStack = size_t(128) << 20;
constexpr size_t kGuard = 64 << 10;
constexpr int64_t kIdentBase = 140000000000000; // idents look like CPython's on Linux
constexpr int64_t kNativeIdBase = 4200;

enum class State { Running, Runnable, Waiting, Dead };

} // namespace

class SimThread {
  public:
    int id = 0;
    State state = State::Runnable;
    uint64_t seq = 0;
    bool timed_out = false;
    ThreadState ts;
    ucontext_t ctx{};
    void* stack = nullptr; // the mmap'ed region (guard page included); null for the main thread
    Value func, args, kwargs;
    std::vector<Value> exit_locks; // released when the thread ends (_thread._set_sentinel)
#if LOOPSTEP_FIBER_ANNOTATIONS
    const void* stack_bottom = nullptr;
    size_t stack_size = 0;
#endif
};

namespace {

bool timer_after(const auto& a, const auto& b) {
    if (a.wake_at != b.wake_at) return a.wake_at > b.wake_at;
    return a.seq > b.seq;
}

void release_lock(const Value& lock) {
    try {
        call_method(lock, intern("release"), {});
    } catch (PyError&) {
    }
}

} // namespace

Scheduler::Scheduler(Interp& I) : I_(I) {
    auto m = std::make_unique<SimThread>();
    m->state = State::Running;
    main_ = current_ = m.get();
    threads_.push_back(std::move(m));
}

Scheduler::~Scheduler() {
    for (auto& t : threads_)
        if (t->stack) munmap(t->stack, kThreadStack);
    for (void* s : dead_stacks_) munmap(s, kThreadStack);
}

ThreadState& Scheduler::state_of(SimThread* t) {
    return t->ts;
}

int64_t Scheduler::ident_of(const SimThread* t) const {
    return kIdentBase + t->id * 0x1000;
}

int64_t Scheduler::native_id_of(const SimThread* t) const {
    return kNativeIdBase + t->id;
}

bool Scheduler::is_alive(const SimThread* t) const {
    return t->state != State::Dead;
}

bool Scheduler::set_name(int64_t ident, std::string name) {
    for (auto& t : threads_) {
        if (ident_of(t.get()) != ident) continue;
        t->ts.name = std::move(name);
        return true;
    }
    return false;
}

SimThread* Scheduler::start_thread(Value func, Value args, Value kwargs) {
    void* mem = mmap(nullptr, kThreadStack, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (mem == MAP_FAILED) raise_runtime_error("can't start new thread");
    mprotect(mem, kGuard, PROT_NONE);
    auto t = std::make_unique<SimThread>();
    t->id = static_cast<int>(threads_.size());
    t->ts.id = t->id;
    t->ts.name = "Thread-" + std::to_string(t->id);
    t->stack = mem;
    t->func = std::move(func);
    t->args = std::move(args);
    t->kwargs = std::move(kwargs);
    getcontext(&t->ctx);
    t->ctx.uc_stack.ss_sp = static_cast<char*>(mem) + kGuard;
    t->ctx.uc_stack.ss_size = kThreadStack - kGuard;
    t->ctx.uc_link = nullptr;
#if LOOPSTEP_FIBER_ANNOTATIONS
    t->stack_bottom = t->ctx.uc_stack.ss_sp;
    t->stack_size = t->ctx.uc_stack.ss_size;
#endif
    auto* self = this;
    auto bits = reinterpret_cast<uintptr_t>(self);
    makecontext(&t->ctx, reinterpret_cast<void (*)()>(&Scheduler::fiber_entry), 2,
                static_cast<unsigned>(bits & 0xFFFFFFFFu), static_cast<unsigned>(bits >> 32));
    SimThread* raw = t.get();
    threads_.push_back(std::move(t));
    ++alive_workers_;
    make_runnable(raw);
    update_step_limit();
    return raw;
}

void Scheduler::fiber_entry(unsigned lo, unsigned hi) {
    auto* self = reinterpret_cast<Scheduler*>(uintptr_t(lo) | (uintptr_t(hi) << 32));
#if LOOPSTEP_FIBER_ANNOTATIONS
    SimThread* from = self->switching_from_;
    __sanitizer_finish_switch_fiber(nullptr, &from->stack_bottom, &from->stack_size);
#endif
    self->after_switch();
    self->run_thread_body(self->current_);
}

void Scheduler::run_thread_body(SimThread* t) {
    Value func = t->func;
    try {
        try {
            std::vector<Value> all = to_vector(t->args);
            size_t npos = all.size();
            Value kwnames;
            if (!t->kwargs.is_null() && !is_none(t->kwargs)) {
                std::vector<Value> names;
                dict_for_each(as_dict(t->kwargs), [&](const Value& k, const Value& v) {
                    names.push_back(k);
                    all.push_back(v);
                });
                if (!names.empty()) kwnames = new_tuple(std::move(names));
            }
            CallArgs ca;
            ca.args = all.data();
            ca.nargs = npos;
            ca.kwnames = kwnames.is_null() ? nullptr : as_tuple(kwnames);
            t->func = t->args = t->kwargs = Value();
            I_.call(func, ca);
        } catch (PyError& e) {
            // As CPython's thread_run: SystemExit ends the thread quietly; anything else is
            // reported as unraisable.
            if (!exc_matches(e.exc, SystemExit_type)) {
                I_.write(2, "Exception ignored in thread started by: " + repr_utf8(func) + "\n");
                I_.print_exception(e.exc);
            }
        }
    } catch (PyError&) {
        // An error while reporting an error: dropped, as CPython does.
    } catch (...) {
        // A budget or a deadlock: the main thread ends the run.
        abort_to_main(std::current_exception());
    }
    thread_finished(t);
}

void Scheduler::thread_finished(SimThread* t) {
    t->state = State::Dead;
    --alive_workers_;
    std::vector<Value> locks = std::move(t->exit_locks);
    for (const Value& l : locks) release_lock(l);
    locks.clear();
    t->ts.frame = nullptr;
    dead_stacks_.push_back(t->stack);
    t->stack = nullptr;
    update_step_limit();
    try {
        dispatch();
    } catch (...) {
        abort_to_main(std::current_exception());
    }
    // Never resumed: a dead thread is never made runnable again.
    std::abort();
}

void Scheduler::add_exit_callback(SimThread* t, Value lock) {
    t->exit_locks.push_back(std::move(lock));
}

uint64_t Scheduler::prepare_wait(std::optional<double> wake_at) {
    SimThread* t = current_;
    t->seq = ++seq_;
    t->state = State::Waiting;
    t->timed_out = false;
    if (wake_at) {
        timers_.push_back({*wake_at, t->seq, t});
        std::push_heap(timers_.begin(), timers_.end(),
                       [](auto& a, auto& b) { return timer_after(a, b); });
    }
    return t->seq;
}

bool Scheduler::block() {
    SimThread* t = current_;
    if (frozen_) {
        // After the program ended nobody else runs: a timed wait times out at once, an untimed
        // one too (it can never be woken).
        t->state = State::Running;
        return true;
    }
    dispatch();
    return t->timed_out;
}

bool Scheduler::is_current_wait(const SimThread* t, uint64_t seq) const {
    return t->state == State::Waiting && t->seq == seq;
}

void Scheduler::wake(SimThread* t) {
    if (t->state != State::Waiting) return;
    t->timed_out = false;
    make_runnable(t);
}

void Scheduler::make_runnable(SimThread* t) {
    t->state = State::Runnable;
    runnable_.push_back(t);
}

void Scheduler::sleep(double seconds) {
    if (seconds <= 0) {
        yield_to_runnable();
        return;
    }
    prepare_wait(I_.clock + seconds);
    block();
}

void Scheduler::yield_to_runnable() {
    if (runnable_.empty() || frozen_) return;
    make_runnable(current_);
    dispatch();
}

void Scheduler::advance_clock() {
    auto cmp = [](auto& a, auto& b) { return timer_after(a, b); };
    while (!timers_.empty()) {
        Timer top = timers_.front();
        if (!is_current_wait(top.t, top.seq)) {
            std::pop_heap(timers_.begin(), timers_.end(), cmp);
            timers_.pop_back();
            continue;
        }
        if (top.wake_at > I_.clock) I_.clock = top.wake_at;
        while (!timers_.empty() && timers_.front().wake_at <= I_.clock) {
            Timer due = timers_.front();
            std::pop_heap(timers_.begin(), timers_.end(), cmp);
            timers_.pop_back();
            if (is_current_wait(due.t, due.seq)) {
                make_runnable(due.t);
                due.t->timed_out = true;
            }
        }
        return;
    }
}

void Scheduler::dispatch() {
    if (runnable_.empty()) advance_clock();
    if (runnable_.empty()) {
        I_.write(2, "loopstep: every thread is blocked and no timer is pending; CPython would "
                    "wait forever here\n");
        throw Deadlock{};
    }
    SimThread* next = runnable_.front();
    runnable_.pop_front();
    next->state = State::Running;
    if (next != current_) switch_to(next);
}

void Scheduler::switch_to(SimThread* next) {
    SimThread* prev = current_;
    current_ = next;
    I_.set_current_thread(&next->ts);
    update_step_limit();
    switching_from_ = prev;
#if LOOPSTEP_FIBER_ANNOTATIONS
    void* fake_stack = nullptr;
    __sanitizer_start_switch_fiber(prev->state == State::Dead ? nullptr : &fake_stack,
                                   next->stack_bottom, next->stack_size);
#endif
    swapcontext(&prev->ctx, &next->ctx);
#if LOOPSTEP_FIBER_ANNOTATIONS
    SimThread* from = switching_from_;
    __sanitizer_finish_switch_fiber(fake_stack, &from->stack_bottom, &from->stack_size);
#endif
    after_switch();
}

void Scheduler::after_switch() {
    for (void* s : dead_stacks_) munmap(s, kThreadStack);
    dead_stacks_.clear();
    if (pending_abort_ && current_ == main_) {
        std::exception_ptr e = pending_abort_;
        pending_abort_ = nullptr;
        std::rethrow_exception(e);
    }
}

void Scheduler::abort_to_main(std::exception_ptr e) {
    pending_abort_ = e;
    if (current_ == main_) std::rethrow_exception(e);
    SimThread* me = current_;
    me->state = State::Dead;
    main_->state = State::Running;
    switch_to(main_);
    std::abort(); // a thread that aborted the run is never resumed
}

void Scheduler::on_time_slice_end() {
    if (frozen_) return;
    if (runnable_.empty()) {
        // Only threads waiting for the clock: a thread that never blocks (a busy loop waiting
        // for one of them) lets the clock move on.
        advance_clock();
    }
    if (runnable_.empty()) {
        update_step_limit();
        return;
    }
    make_runnable(current_);
    dispatch();
}

void Scheduler::update_step_limit() {
    uint64_t limit = I_.limits.max_steps;
    if (!frozen_ && threads_.size() > 1 && (alive_workers_ > 0))
        limit = std::min(limit, I_.steps + kTimeSlice);
    I_.step_limit = limit;
}

void Scheduler::freeze() {
    frozen_ = true;
    update_step_limit();
}

} // namespace loopstep::py
