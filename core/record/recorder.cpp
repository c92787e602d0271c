// See recorder.h. Lines, frames and exceptions are recorded for the program's own code only:
// asyncio's Python half runs thousands of lines per second of virtual activity that a student
// does not step through, and its work is visible as callbacks, tasks and waits instead. Await
// stacks do include library coroutines (asyncio.sleep, Lock.acquire), since that is where a task
// waits.
#include "core/record/recorder.h"

#include "core/aio/future.h"
#include "core/py/code.h"
#include "core/py/frame.h"
#include "core/py/generator.h"
#include "core/py/int.h"
#include "core/py/str.h"
#include "core/record/safe_repr.h"

#include <cstring>

namespace loopstep::record {

using namespace py;

namespace {

thread_local Recorder* tl_active = nullptr;

uint64_t frame_key(const Frame& f) {
    // Every frame the interpreter runs has a serial; the address is a fallback that cannot
    // collide with one (serials stay far below 2^63).
    return f.serial ? f.serial : (reinterpret_cast<uintptr_t>(&f) | (uint64_t(1) << 63));
}

bool is_generator_like(const Value& v) {
    if (v.is_null() || !v.is_obj()) return false;
    Type* t = v.type();
    return t == coroutine_type || t == generator_type || t == async_generator_type;
}

TaskState state_from(const char* s) {
    if (!std::strcmp(s, "running")) return TaskState::Running;
    if (!std::strcmp(s, "waiting")) return TaskState::Waiting;
    if (!std::strcmp(s, "done")) return TaskState::Done;
    if (!std::strcmp(s, "cancelled")) return TaskState::Cancelled;
    if (!std::strcmp(s, "failed")) return TaskState::Failed;
    return TaskState::Ready;
}

std::string sync_wait_text(SyncKind kind, SyncOp op) {
    std::string k = sync_kind_name(kind);
    switch (op) {
    case SyncOp::WaitAcquire: return k + ".acquire";
    case SyncOp::WaitGet: return k + ".get";
    case SyncOp::WaitPut: return k + ".put";
    default: return k + ".wait";
    }
}

} // namespace

Recorder::Recorder(RecordingData& data, uint64_t max_events) : d_(data), max_events_(max_events) {}

Recorder::~Recorder() {
    if (tl_active == this) detach();
}

Recorder* Recorder::active() {
    return tl_active;
}

void Recorder::attach(Interp& I) {
    I_ = &I;
    I.set_hooks(this);
    aio::set_observer(this);
    tl_active = this;
    sleep_str_ = intern("sleep");
    ThreadState& ts = I.thread();
    last_thread_ = static_cast<uint16_t>(ts.id);
    note_thread(last_thread_, ts.name);
}

void Recorder::detach() {
    aio::set_observer(nullptr);
    if (tl_active == this) tl_active = nullptr;
    I_ = nullptr;
}

void Recorder::note_thread(uint16_t tid, const std::string& name) {
    if (tid >= d_.threads.size()) d_.threads.resize(tid + 1);
    if (tid >= running_.size()) running_.resize(tid + 1, 0);
    if (tid >= thread_seen_.size()) thread_seen_.resize(tid + 1, false);
    if (thread_seen_[tid]) return;
    thread_seen_[tid] = true;
    d_.threads[tid].name = intern(name);
    Event& e = emit_raw(EventKind::ThreadStart, tid);
    e.a = tid;
    e.b = d_.threads[tid].name;
}

// ---- appending ----------------------------------------------------------------------------------

void Recorder::set_double(Event& e, double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    e.c = static_cast<uint32_t>(bits);
    e.d = static_cast<uint32_t>(bits >> 32);
}

Event& Recorder::emit_raw(EventKind kind, uint16_t thread) {
    if (d_.events.size() >= max_events_) over_budget_ = true;
    Event& e = d_.events.append();
    e = Event{};
    e.kind = kind;
    e.thread = thread;
    e.task = thread < running_.size() ? running_[thread] : 0;
    e.time = I_->clock;
    return e;
}

Event& Recorder::emit(EventKind kind) {
    ThreadState& ts = I_->thread();
    auto tid = static_cast<uint16_t>(ts.id);
    if (tid != last_thread_) {
        note_thread(tid, ts.name);
        Event& s = emit_raw(EventKind::ThreadSwitch, tid);
        s.a = last_thread_;
        s.b = tid;
        last_thread_ = tid;
    }
    double now = I_->clock;
    if (tid == loop_thread_) {
        // Virtual time moves inside a callback only when something blocks the loop's thread
        // (time.sleep, a thread join...): running code is free in virtual time.
        if (in_callback_ && now > loop_time_) {
            Event& b = emit_raw(EventKind::LoopBlocked, tid);
            set_double(b, loop_time_);
        }
        loop_time_ = now;
    }
    return emit_raw(kind, tid);
}

// ---- interpreter hooks
// ------------------------------------------------------------------------------

bool Recorder::is_user(const CodeObject* code) const {
    return code && code->source && !code->source->is_library;
}

const Recorder::CodeNames& Recorder::names_of(const CodeObject* co) {
    const std::string& q = co->qualname.empty() ? co->name : co->qualname;
    auto [it, inserted] = code_names_.try_emplace(co);
    CodeNames& n = it->second;
    if (inserted || n.source != co->source.get() || n.qualname != q) {
        n.source = co->source.get();
        n.qualname = q;
        n.function = intern(q);
        n.file = intern(co->filename());
    }
    return n;
}

StrId Recorder::label_id(TaskId task, const std::string& label) {
    if (task >= task_labels_.size()) task_labels_.resize(task + 1, {0, 0});
    auto& [last, before] = task_labels_[task];
    if (last && d_.strings.get(last) == label) return last;
    if (before && d_.strings.get(before) == label) return before;
    before = last;
    last = intern(label);
    return last;
}

FrameId Recorder::frame_id(Frame& f, bool* fresh) {
    uint64_t key = frame_key(f);
    *fresh = false;
    if (key == last_serial_) return last_frame_;
    auto [it, inserted] = frames_.try_emplace(key, 0);
    if (inserted) {
        const CodeNames& names = names_of(f.code);
        FrameRecord r;
        r.function = names.function;
        r.file = names.file;
        d_.frames.push_back(r);
        it->second = static_cast<FrameId>(d_.frames.size());
        *fresh = true;
    }
    last_serial_ = key;
    last_frame_ = it->second;
    return it->second;
}

void Recorder::forget_frame(Frame& f) {
    uint64_t key = frame_key(f);
    frames_.erase(key);
    if (last_serial_ == key) last_serial_ = 0;
}

void Recorder::push_frame_event(Frame& f, FrameId id, bool resumed, int line) {
    const FrameRecord& r = d_.frames[id - 1];
    Event& e = emit(EventKind::FramePush);
    e.sub = resumed ? 1 : 0;
    e.a = id;
    e.b = r.function;
    e.c = r.file;
    e.d = static_cast<uint32_t>(line);
    (void)f;
}

void Recorder::on_line(Frame& f, int line) {
    if (!is_user(f.code)) return;
    if (over_budget_ && may_stop_) {
        may_stop_ = false;
        throw BudgetExceeded("the recording reached " + std::to_string(max_events_) +
                             " events (loopstep's recording budget); the program may be stuck in a "
                             "loop");
    }
    bool fresh;
    FrameId id = frame_id(f, &fresh);
    if (fresh) push_frame_event(f, id, false, line);
    const FrameRecord& r = d_.frames[id - 1];
    Event& e = emit(EventKind::Line);
    e.a = id;
    e.b = static_cast<uint32_t>(line);
    e.c = r.function;
    e.d = r.file;
    unwinding_serial_ = 0;
}

void Recorder::on_frame_push(Frame& f) {
    if (!is_user(f.code)) return;
    bool fresh;
    FrameId id = frame_id(f, &fresh);
    push_frame_event(f, id, !fresh, f.code->firstlineno);
}

void Recorder::on_resume(Frame& f) {
    if (!is_user(f.code)) return;
    bool fresh;
    FrameId id = frame_id(f, &fresh);
    int line = fresh ? f.code->firstlineno : f.code->line_at(f.lasti);
    push_frame_event(f, id, !fresh, line);
}

void Recorder::on_suspend(Frame& f, const Value&) {
    if (!is_user(f.code)) return;
    bool fresh;
    FrameId id = frame_id(f, &fresh);
    Event& e = emit(EventKind::FramePop);
    e.sub = 1;
    e.a = id;
    e.b = static_cast<uint32_t>(f.code->line_at(f.lasti));
}

void Recorder::on_frame_pop(Frame& f) {
    if (!is_user(f.code)) return;
    bool fresh;
    FrameId id = frame_id(f, &fresh);
    Event& e = emit(EventKind::FramePop);
    e.sub = unwinding_serial_ == frame_key(f) ? 2 : 0;
    e.a = id;
    e.b = static_cast<uint32_t>(f.code->line_at(f.lasti));
    forget_frame(f);
    unwinding_serial_ = 0;
}

void Recorder::on_exception(Frame& f, const Value& exc) {
    if (!is_user(f.code)) return;
    bool fresh;
    FrameId id = frame_id(f, &fresh);
    if (fresh) push_frame_event(f, id, false, f.code->firstlineno);
    Event& e = emit(EventKind::Exception);
    e.a = id;
    e.b = intern(exc.is_null() ? std::string("?") : exc.type()->name);
    e.c = intern(safe_exception_message(exc));
    e.d = static_cast<uint32_t>(f.code->line_at(f.lasti));
    unwinding_serial_ = frame_key(f);
}

void Recorder::on_output(int stream, std::string_view text) {
    if (text.empty()) return;
    Stream s = Stream::Stdout;
    if (stream == 2) {
        s = warning_pending_ ? Stream::Warning : Stream::Stderr;
        warning_pending_ = false;
    }
    uint64_t offset = d_.output.size();
    d_.output.append(text);
    Event& e = emit(EventKind::Output);
    e.sub = static_cast<uint8_t>(s);
    e.a = static_cast<uint32_t>(offset);
    e.b = static_cast<uint32_t>(text.size());
}

// ---- the asyncio model
// ----------------------------------------------------------------------------

int Recorder::user_line() const {
    // The innermost frame of the program's own code: where a library call (create_task,
    // asyncio.Lock()) was made from.
    for (const Frame* f = I_->thread().frame; f; f = f->back)
        if (is_user(f->code)) return f->code->line_at(f->lasti);
    return 0;
}

TaskId Recorder::task_of(uint64_t future_id) const {
    return future_id < tasks_.size() ? tasks_[future_id] : 0;
}

FutureId Recorder::future_of(uint64_t future_id) {
    if (!future_id) return 0;
    if (future_id >= futures_.size()) futures_.resize(std::max(future_id + 1, futures_.size() * 2));
    FutureId& id = futures_[future_id];
    if (!id) id = ++d_.future_count;
    return id;
}

HandleId Recorder::handle_of(uint64_t raw) const {
    return raw < handles_.size() ? handles_[raw] : 0;
}

TaskId Recorder::running_task(uint16_t thread) const {
    return thread < running_.size() ? running_[thread] : 0;
}

void Recorder::on_iteration(uint64_t, uint64_t iteration, double) {
    loop_thread_ = static_cast<uint16_t>(I_->thread().id);
    loop_time_ = I_->clock;
    Event& e = emit(EventKind::IterationStart);
    e.a = static_cast<uint32_t>(iteration);
}

void Recorder::on_handle_scheduled(uint64_t raw, const std::string& label, double when, bool timer,
                                   uint64_t task) {
    if (raw >= handles_.size()) handles_.resize(raw + 1, 0);
    HandleId h = handles_[raw];
    if (!h) {
        HandleRecord r;
        r.task = task_of(task);
        r.label = label_id(r.task, label);
        r.timer = timer;
        r.when = when;
        d_.handles.push_back(r);
        h = handles_[raw] = static_cast<HandleId>(d_.handles.size());
    }
    const HandleRecord& r = d_.handles[h - 1];
    set_place(h, timer ? Place::Heap : Place::Ready);
    Event& e = emit(EventKind::HandleScheduled);
    e.sub = timer ? 1 : 0;
    e.a = h;
    e.b = r.label;
    e.c = r.task;
    if (timer && e.task) step_timer_when_ = when;
    // A waiting task whose __wakeup is now queued will run: it is ready again.
    if (r.task && r.task <= task_state_.size() && task_state_[r.task - 1] == TaskState::Waiting) {
        task_state_[r.task - 1] = TaskState::Ready;
        Event& w = emit(EventKind::TaskState);
        w.sub = static_cast<uint8_t>(TaskState::Ready);
        w.a = r.task;
        w.d = 1;
    }
}

void Recorder::on_handle_cancelled(uint64_t raw) {
    HandleId h = handle_of(raw);
    if (!h) return;
    bool queued = place_of(h) != Place::Nowhere;
    if (queued) cancelled_.insert(h);
    Event& e = emit(EventKind::HandleCancelled);
    e.sub = queued ? 1 : 0;
    e.a = h;
}

void Recorder::on_handle_skipped(uint64_t raw) {
    HandleId h = handle_of(raw);
    if (!h) return;
    set_place(h, Place::Nowhere);
    cancelled_.erase(h);
    emit(EventKind::HandleSkipped).a = h;
}

void Recorder::on_timer_due(uint64_t raw) {
    HandleId h = handle_of(raw);
    if (!h) return;
    set_place(h, Place::Ready);
    emit(EventKind::TimerDue).a = h;
}

void Recorder::on_timer_discarded(uint64_t raw) {
    HandleId h = handle_of(raw);
    if (!h) return;
    set_place(h, Place::Nowhere);
    cancelled_.erase(h);
    emit(EventKind::TimerDiscarded).a = h;
}

void Recorder::on_timers_purged() {
    for (auto it = cancelled_.begin(); it != cancelled_.end();) {
        if (place_of(*it) == Place::Heap) {
            set_place(*it, Place::Nowhere);
            it = cancelled_.erase(it);
        } else {
            ++it;
        }
    }
    emit(EventKind::TimerDiscarded).a = 0;
}

void Recorder::on_loop_cleared(bool timers) {
    Place cleared = timers ? Place::Heap : Place::Ready;
    for (HandleId h = 1; h < place_.size(); ++h) {
        if (place_of(h) != cleared) continue;
        cancelled_.erase(h);
        set_place(h, Place::Nowhere);
    }
    emit(EventKind::QueueCleared).sub = timers ? 1 : 0;
}

void Recorder::on_handle_run_start(uint64_t raw, const std::string& label) {
    HandleId h = handle_of(raw);
    set_place(h, Place::Nowhere);
    loop_thread_ = static_cast<uint16_t>(I_->thread().id);
    loop_time_ = I_->clock;
    // The label as it is now, as `loopstep run --trace` prints it: a task renamed after its
    // __step was scheduled (create_task(name=...), set_name) runs under its new name.
    StrId now = label_id(h ? d_.handles[h - 1].task : 0, label);
    Event& e = emit(EventKind::CallbackStart);
    e.a = h;
    e.b = now;
    in_callback_ = true;
}

void Recorder::on_handle_run_end(uint64_t raw) {
    Event& e = emit(EventKind::CallbackEnd);
    e.a = handle_of(raw);
    in_callback_ = false;
}

void Recorder::on_task_created(uint64_t task, const std::string& name, const Value& coro,
                               uint64_t parent) {
    TaskRecord r;
    r.name = intern(name);
    if (is_generator_like(coro)) {
        auto* g = coro.as<GeneratorObject>();
        const Value& q = g->qualname.is_null() ? g->name : g->qualname;
        r.coro = intern(!q.is_null() && is_str(q) ? as_str(q)->s : type_name(coro));
    } else {
        r.coro = intern(coro.is_null() ? std::string("?") : type_name(coro));
    }
    r.parent = task_of(parent);
    r.future = future_of(task);
    r.line = user_line();
    r.created_at = d_.events.size();
    d_.tasks.push_back(r);
    auto id = static_cast<TaskId>(d_.tasks.size());
    if (task >= tasks_.size()) tasks_.resize(std::max(task + 1, tasks_.size() * 2));
    tasks_[task] = id;
    task_state_.push_back(TaskState::Ready);
    Event& e = emit(EventKind::TaskCreated);
    e.a = id;
    e.b = r.name;
    e.c = r.coro;
    e.d = static_cast<uint32_t>(r.line);
    d_.tasks.back().created_at = d_.events.size() - 1;
}

StackId Recorder::capture_stack(const Value& task_object) {
    if (!aio::is_task(task_object)) return 0;
    Value cur = task_object.as<aio::TaskObject>()->coro;
    std::vector<StackEntry> entries;
    for (int depth = 0; depth < 256 && is_generator_like(cur); ++depth) {
        auto* g = cur.as<GeneratorObject>();
        if (!g->frame) break;
        Frame* f = g->frame;
        const CodeObject* co = f->code;
        const CodeNames& names = names_of(co);
        StackEntry s{};
        s.function = names.function;
        s.file = names.file;
        s.line = co->shown_line(f->lasti);
        s.library = is_user(co) ? 0 : 1;
        entries.push_back(s);
        cur = gen_yieldfrom(g);
    }
    if (entries.empty()) return 0;
    std::string key(reinterpret_cast<const char*>(entries.data()),
                    entries.size() * sizeof(StackEntry));
    auto [it, inserted] = stack_index_.try_emplace(std::move(key), 0);
    if (inserted) {
        d_.stack_entries.insert(d_.stack_entries.end(), entries.begin(), entries.end());
        d_.stack_starts.push_back(static_cast<uint32_t>(d_.stack_entries.size()));
        it->second = static_cast<StackId>(d_.stack_starts.size() - 2);
    }
    return it->second;
}

uint32_t Recorder::describe_wait(const Value& waiting_on, StackId stack) {
    WaitInfo w{};
    char buf[64];
    uint64_t raw_future = aio::is_future(waiting_on) ? waiting_on.as<aio::FutureObject>()->id : 0;
    w.future = future_of(raw_future);
    if (aio::is_task(waiting_on)) {
        w.kind = WaitKind::Task;
        w.task = task_of(raw_future);
        w.text = w.task ? d_.tasks[w.task - 1].name : intern("Task");
    } else if (pending_sync_) {
        w.kind = WaitKind::Sync;
        w.sync = pending_sync_;
        w.op = pending_op_;
        StrId& text = sync_wait_text_[static_cast<size_t>(d_.syncs[pending_sync_ - 1].kind)]
                                     [static_cast<size_t>(pending_op_)];
        if (!text) text = intern(sync_wait_text(d_.syncs[pending_sync_ - 1].kind, pending_op_));
        w.text = text;
    } else {
        bool in_sleep = false;
        if (stack) {
            const StackEntry& inner = d_.stack_entries[d_.stack_starts[stack + 1] - 1];
            in_sleep = inner.library && inner.function == sleep_str_;
        }
        auto job = executor_jobs_.find(w.future);
        if (in_sleep && !std::isnan(step_timer_when_)) {
            w.kind = WaitKind::Sleep;
            w.until = step_timer_when_;
            std::snprintf(buf, sizeof buf, "sleep until t=%.3f", step_timer_when_);
            w.text = intern(buf);
        } else if (job != executor_jobs_.end()) {
            w.kind = WaitKind::Executor;
            w.text = intern("executor job " + job->second);
        } else {
            w.kind = WaitKind::Future;
            std::string type = waiting_on.is_null() ? std::string("?") : type_name(waiting_on);
            w.text = intern(type == "_GatheringFuture" ? std::string("gather()") : type);
        }
    }
    d_.waits.push_back(w);
    return static_cast<uint32_t>(d_.waits.size());
}

void Recorder::set_running(uint16_t thread, TaskId task) {
    if (thread >= running_.size()) running_.resize(thread + 1, 0);
    running_[thread] = task;
}

void Recorder::on_task_state(uint64_t task, const char* state_name, const Value& waiting_on,
                             const Value& task_object) {
    TaskId t = task_of(task);
    if (!t) return;
    auto tid = static_cast<uint16_t>(I_->thread().id);
    TaskState state = state_from(state_name);
    bool suspending =
        running_task(tid) == t && (state == TaskState::Ready || state == TaskState::Waiting);
    task_state_[t - 1] = state;
    if (state == TaskState::Running) {
        Event& e = emit(EventKind::TaskState);
        e.sub = static_cast<uint8_t>(state);
        e.a = t;
        set_running(tid, t);
        step_timer_when_ = NAN;
        pending_sync_ = 0;
        return;
    }
    if (suspending) {
        StackId stack = capture_stack(task_object);
        uint32_t wait = state == TaskState::Waiting ? describe_wait(waiting_on, stack) : 0;
        Event& e = emit(EventKind::Await);
        e.sub = static_cast<uint8_t>(state);
        e.a = t;
        e.b = wait;
        e.c = stack;
        set_running(tid, 0);
        return;
    }
    std::string text;
    if (aio::is_task(task_object)) {
        auto* obj = task_object.as<aio::TaskObject>();
        if (state == TaskState::Done) {
            text = safe_repr(obj->result);
        } else if (state == TaskState::Failed) {
            text = safe_repr(obj->exception);
        } else if (state == TaskState::Cancelled) {
            const Value& msg = obj->cancel_message;
            text = msg.is_null() || is_none(msg) ? "CancelledError()"
                                                 : "CancelledError(" + safe_repr(msg) + ")";
        }
    }
    Event& e = emit(EventKind::TaskState);
    e.sub = static_cast<uint8_t>(state);
    e.a = t;
    e.b = text.empty() ? 0 : intern(text);
    if (running_task(tid) == t) set_running(tid, 0);
}

void Recorder::on_future_created(uint64_t future) {
    emit(EventKind::FutureCreated).a = future_of(future);
}

void Recorder::on_future_done(uint64_t future, const char* state) {
    Event& e = emit(EventKind::FutureDone);
    e.a = future_of(future);
    e.sub = static_cast<uint8_t>(!std::strcmp(state, "CANCELLED") ? FutureState::Cancelled
                                                                  : FutureState::Finished);
}

void Recorder::on_loop_wait(double from, double until) {
    Event& e = emit(EventKind::LoopWait);
    e.time = from;
    set_double(e, until);
}

void Recorder::on_loop_blocked(double from, double until) {
    Event& e = emit(EventKind::LoopBlocked);
    e.time = until;
    set_double(e, from);
    if (until > loop_time_) loop_time_ = until;
}

// ---- _loopstep_record
// -----------------------------------------------------------------------------

SyncId Recorder::sync_of(const Value& obj) {
    auto it = syncs_.find(obj.obj());
    if (it != syncs_.end()) return it->second;
    // An object whose __init__ did not announce it (a subclass that skipped super().__init__).
    SyncKind kind = SyncKind::Lock;
    std::string type = obj.type()->name;
    for (int k = 0; k < static_cast<int>(SyncKind::Count); ++k)
        if (type == sync_kind_name(static_cast<SyncKind>(k))) kind = static_cast<SyncKind>(k);
    sync_new(obj, kind, 0, Value());
    return syncs_[obj.obj()];
}

void Recorder::sync_new(const Value& obj, SyncKind kind, int64_t initial, const Value& lock) {
    SyncRecord r;
    r.kind = kind;
    r.lock = lock.is_null() || is_none(lock) ? 0 : sync_of(lock);
    r.line = user_line();
    r.initial = initial;
    r.created_at = d_.events.size();
    d_.syncs.push_back(r);
    auto id = static_cast<SyncId>(d_.syncs.size());
    // A new object at the address of a dead one replaces it: announcing comes before any use.
    syncs_[obj.obj()] = id;
    Event& e = emit(EventKind::SyncNew);
    e.sub = static_cast<uint8_t>(kind);
    e.a = id;
    e.b = r.lock;
    e.c = static_cast<uint32_t>(r.line);
    e.d = static_cast<uint32_t>(static_cast<int32_t>(initial));
    d_.syncs.back().created_at = d_.events.size() - 1;
}

void Recorder::sync_op(const Value& obj, SyncOp op, const Value& arg) {
    SyncId id = sync_of(obj);
    uint32_t b = 0, d = 0;
    switch (op) {
    case SyncOp::WaitAcquire:
    case SyncOp::Wait:
    case SyncOp::WaitGet:
    case SyncOp::WaitPut:
        b = future_of(aio::is_future(arg) ? arg.as<aio::FutureObject>()->id : 0);
        pending_sync_ = id;
        pending_op_ = op;
        break;
    case SyncOp::Unwait:
        b = future_of(aio::is_future(arg) ? arg.as<aio::FutureObject>()->id : 0);
        break;
    case SyncOp::Put:
    case SyncOp::Get: b = intern(safe_repr(arg)); break;
    case SyncOp::Notify:
    case SyncOp::Value: {
        int64_t n = 0;
        if (!arg.is_null()) int_to_i64(arg, n);
        d = static_cast<uint32_t>(static_cast<int32_t>(n));
        break;
    }
    default: break;
    }
    Event& e = emit(EventKind::SyncOp);
    e.sub = static_cast<uint8_t>(op);
    e.a = id;
    e.b = b;
    e.d = d;
}

void Recorder::warning(std::string_view category, std::string_view message, std::string_view file,
                       int line) {
    Event& e = emit(EventKind::Warning);
    e.a = intern(category);
    e.b = intern(message);
    e.c = intern(file);
    e.d = static_cast<uint32_t>(line);
    warning_pending_ = true;
}

void Recorder::executor_job(const Value& future, std::string_view label) {
    if (!aio::is_future(future)) return;
    executor_jobs_[future_of(future.as<aio::FutureObject>()->id)] = std::string(label);
}

} // namespace loopstep::record
