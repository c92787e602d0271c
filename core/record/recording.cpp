// See recording.h. finalize() runs once when the program has ended: it replays the events
// through a Machine, keeping a keyframe whenever enough events have passed since the last one
// (more of them apart when the state is big, so keyframes cost a few bytes per event), and
// builds the derived indexes: callback spans, timeline intervals, markers and console lines.
#include "core/record/recording.h"

#include "core/record/machine.h"
#include "core/record/recording_data.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace loopstep::record {

namespace {

constexpr uint64_t kMinKeyframeSpacing = 2048;
constexpr uint64_t kKeyframeBytesPerEvent = 8; // a keyframe of S bytes covers S / 8 events or more

double event_double(const Event& e) {
    uint64_t bits = uint64_t(e.c) | (uint64_t(e.d) << 32);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

std::string fmt_time(double t) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "t=%.3f", t);
    return buf;
}

} // namespace

bool Filter::matches(const Event& e) const {
    if (kinds && !(kinds & kind_bit(e.kind))) return false;
    if (task && e.task != task) return false;
    if (thread >= 0 && e.thread != thread) return false;
    if (e.kind == EventKind::Line) {
        if (file && e.d != file) return false;
        if (!lines.empty() &&
            !std::binary_search(lines.begin(), lines.end(), static_cast<int>(e.b)))
            return false;
    }
    return true;
}

Recording::Recording(std::unique_ptr<RecordingData> data) : d_(std::move(data)) {
    finalize();
}
Recording::~Recording() = default;

size_t Recording::size() const {
    return d_->events.size();
}
Event Recording::event(size_t i) const {
    return d_->events[i];
}
std::string Recording::str(StrId id) const {
    return id < d_->strings.size() ? std::string(d_->strings.get(id)) : std::string();
}
std::optional<StrId> Recording::find_str(std::string_view s) const {
    for (StrId i = 0; i < d_->strings.size(); ++i)
        if (d_->strings.get(i) == s) return i;
    return std::nullopt;
}

// ---- finalize
// ------------------------------------------------------------------------------------

void Recording::finalize() {
    RecordingData& d = *d_;
    d.strings.freeze();
    d.events.shrink();
    const size_t n = d.events.size();

    Machine m;
    uint64_t last_key = 0;
    uint64_t next_check = kMinKeyframeSpacing;

    // A first pass counts what the indexes will hold, so that each is allocated once: growing
    // them while replaying millions of events cost more than the replay.
    std::vector<uint64_t> lane_size(d.tasks.size() + 1, 0);
    size_t callbacks = 0, loop_segments = 0, markers = 0;
    for (uint64_t i = 0; i < n; ++i) {
        const Event& e = d.events[i];
        switch (e.kind) {
        case EventKind::CallbackStart: ++callbacks; break;
        case EventKind::LoopBlocked:
        case EventKind::LoopWait: ++loop_segments; break;
        case EventKind::TaskState:
        case EventKind::Await:
            if (e.a && e.a <= d.tasks.size()) ++lane_size[e.a];
            ++markers;
            break;
        case EventKind::TaskCreated:
        case EventKind::Exception:
        case EventKind::Output: ++markers; break;
        default: break;
        }
    }
    d.callbacks.reserve(callbacks);
    loop_intervals_.reserve(callbacks + loop_segments);
    markers_.reserve(markers);
    // Task intervals are stored grouped by task: each task's lane starts where the previous
    // task's ends.
    task_interval_starts_.assign(d.tasks.size() + 1, 0);
    for (size_t t = 1; t <= d.tasks.size(); ++t)
        task_interval_starts_[t] = task_interval_starts_[t - 1] + lane_size[t];
    task_intervals_.resize(task_interval_starts_.back());
    std::vector<uint64_t> lane_end(task_interval_starts_.begin(), task_interval_starts_.end() - 1);
    std::vector<bool> lane_open(d.tasks.size(), false);
    auto close_lane = [&](TaskId t, uint64_t i, double time) {
        if (!lane_open[t - 1]) return;
        TaskInterval& iv = task_intervals_[lane_end[t - 1] - 1];
        iv.end = i;
        iv.end_time = time;
        lane_open[t - 1] = false;
    };
    auto open_lane = [&](TaskId t, TaskState s, WaitKind w, uint64_t i, double time) {
        close_lane(t, i, time);
        TaskInterval& iv = task_intervals_[lane_end[t - 1]++];
        iv.task = t;
        iv.state = s;
        iv.wait = w;
        iv.begin = i;
        iv.begin_time = time;
        lane_open[t - 1] = true;
    };

    bool in_callback = false;
    LoopInterval callback_iv;
    bool thread_open = false;
    ThreadInterval thread_iv;

    for (uint64_t i = 0; i < n; ++i) {
        const Event& e = d.events[i];
        m.apply(e, i, d);
        switch (e.kind) {
        case EventKind::CallbackStart:
            in_callback = true;
            callback_iv = LoopInterval{LoopSegment::Callback, e.thread, i, i, e.time, e.time, e.a};
            d.callbacks.push_back(CallbackRecord{i, i});
            break;
        case EventKind::CallbackEnd:
            if (in_callback) {
                callback_iv.end = i;
                callback_iv.end_time = e.time;
                loop_intervals_.push_back(callback_iv);
                d.callbacks.back().end = i;
                in_callback = false;
            }
            break;
        case EventKind::LoopBlocked:
            loop_intervals_.push_back(
                LoopInterval{LoopSegment::Blocked, e.thread, i, i, event_double(e), e.time, 0});
            break;
        case EventKind::LoopWait:
            loop_intervals_.push_back(
                LoopInterval{LoopSegment::Waiting, e.thread, i, i, e.time, event_double(e), 0});
            break;
        case EventKind::ThreadStart:
            if (!thread_open) {
                thread_iv = ThreadInterval{e.a, i, i, e.time, e.time};
                thread_open = true;
            }
            break;
        case EventKind::ThreadSwitch:
            if (thread_open) {
                thread_iv.end = i;
                thread_iv.end_time = e.time;
                thread_intervals_.push_back(thread_iv);
            }
            thread_iv = ThreadInterval{e.b, i, i, e.time, e.time};
            thread_open = true;
            break;
        case EventKind::TaskCreated:
            markers_.push_back(Marker{MarkerKind::Created, e.a, e.thread, i, e.time});
            break;
        case EventKind::TaskState: {
            auto s = static_cast<TaskState>(e.sub);
            WaitKind w = WaitKind::None;
            if (s == TaskState::Ready && e.d == 1) {
                markers_.push_back(Marker{MarkerKind::Woken, e.a, e.thread, i, e.time});
            } else if (s == TaskState::Cancelled) {
                markers_.push_back(Marker{MarkerKind::Cancelled, e.a, e.thread, i, e.time});
            } else if (s == TaskState::Failed) {
                markers_.push_back(Marker{MarkerKind::Failed, e.a, e.thread, i, e.time});
            }
            open_lane(e.a, s, w, i, e.time);
            break;
        }
        case EventKind::Await: {
            WaitKind w = e.b ? d.waits[e.b - 1].kind : WaitKind::None;
            markers_.push_back(Marker{MarkerKind::Await, e.a, e.thread, i, e.time});
            open_lane(e.a, static_cast<TaskState>(e.sub), w, i, e.time);
            break;
        }
        case EventKind::Exception:
            markers_.push_back(Marker{MarkerKind::Exception, e.task, e.thread, i, e.time});
            break;
        case EventKind::Output:
            markers_.push_back(Marker{static_cast<Stream>(e.sub) == Stream::Warning
                                          ? MarkerKind::Warning
                                          : MarkerKind::Output,
                                      e.task, e.thread, i, e.time});
            break;
        default: break;
        }
        if (i + 1 - last_key >= next_check) {
            uint64_t spacing =
                std::max<uint64_t>(kMinKeyframeSpacing, m.bytes() / kKeyframeBytesPerEvent);
            if (i + 1 - last_key >= spacing) {
                d.keyframes.push_back(Keyframe{i, m.snapshot()});
                last_key = i + 1;
                next_check = kMinKeyframeSpacing;
            } else {
                next_check = std::min(spacing, i + 1 - last_key + 1024);
            }
        }
    }
    double end_time = n ? d.events[n - 1].time : 0;
    if (in_callback) {
        callback_iv.end = n - 1;
        callback_iv.end_time = end_time;
        loop_intervals_.push_back(callback_iv);
    }
    if (thread_open) {
        thread_iv.end = n ? n - 1 : 0;
        thread_iv.end_time = end_time;
        thread_intervals_.push_back(thread_iv);
    }
    for (TaskId t = 1; t <= d.tasks.size(); ++t) {
        if (lane_open[t - 1]) {
            TaskInterval& iv = task_intervals_[lane_end[t - 1] - 1];
            iv.end = n ? n - 1 : 0;
            iv.end_time = end_time;
        }
    }

    // Console lines: a line ends at a newline, or where the other stream takes over.
    bool open = false;
    OutputLineRecord cur;
    for (uint64_t i = 0; i < n; ++i) {
        const Event& e = d.events[i];
        if (e.kind != EventKind::Output) continue;
        auto stream = static_cast<Stream>(e.sub);
        uint64_t begin = e.a, end = uint64_t(e.a) + e.b;
        if (open && stream != cur.stream) {
            cur.end = begin;
            d.output_lines.push_back(cur);
            open = false;
        }
        for (uint64_t p = begin; p < end; ++p) {
            if (!open) {
                cur = OutputLineRecord{stream, p, p, i};
                open = true;
            }
            if (d.output[p] == '\n') {
                cur.end = p;
                d.output_lines.push_back(cur);
                open = false;
            }
        }
    }
    if (open) {
        cur.end = d.output.size();
        d.output_lines.push_back(cur);
    }
}

// ---- state -------------------------------------------------------------------------------------

State Recording::state_at(size_t i) const {
    const RecordingData& d = *d_;
    if (d.events.size() == 0) return initial_state();
    if (i >= d.events.size()) i = d.events.size() - 1;
    auto it = std::upper_bound(d.keyframes.begin(), d.keyframes.end(), i,
                               [](uint64_t x, const Keyframe& k) { return x < k.index; });
    Machine m;
    uint64_t from = 0;
    if (it != d.keyframes.begin()) {
        const Keyframe& k = *std::prev(it);
        m = k.state;
        from = k.index + 1;
    }
    for (uint64_t j = from; j <= i; ++j) m.apply(d.events[j], j, d);
    return materialize(m, i, false);
}

State Recording::state_by_replay(size_t i) const {
    const RecordingData& d = *d_;
    if (d.events.size() == 0) return initial_state();
    if (i >= d.events.size()) i = d.events.size() - 1;
    Machine m;
    for (uint64_t j = 0; j <= i; ++j) m.apply(d.events[j], j, d);
    return materialize(m, i, false);
}

State Recording::initial_state() const {
    return materialize(Machine{}, 0, true);
}

HandleView Recording::handle(HandleId id) const {
    HandleView v;
    if (!id || id > d_->handles.size()) return v;
    const HandleRecord& r = d_->handles[id - 1];
    v.id = id;
    v.label = str(r.label);
    v.task = r.task;
    v.timer = r.timer;
    v.when = r.when;
    return v;
}

TaskView Recording::task(TaskId id) const {
    TaskView v;
    if (!id || id > d_->tasks.size()) return v;
    const TaskRecord& r = d_->tasks[id - 1];
    v.id = id;
    v.name = str(r.name);
    v.coro = str(r.coro);
    v.parent = r.parent;
    v.created_line = r.line;
    v.state_since = r.created_at;
    return v;
}

State Recording::materialize(const Machine& m, size_t index, bool before_first) const {
    const RecordingData& d = *d_;
    State s;
    s.iteration = m.iteration;
    s.loop = m.activity;
    s.running_handle = m.running;
    if (m.running) s.running_label = str(d.handles[m.running - 1].label);
    s.wait_from = m.wait_from;
    s.wait_until = m.wait_until;
    s.output_size = m.output_size;
    if (!before_first) {
        const Event& e = d.events[index];
        s.index = index;
        s.time = e.time;
        s.current_task = e.task;
        s.current_thread = e.thread;
        if (e.thread < m.threads.size() && !m.threads[e.thread].frames.empty()) {
            const FrameRt& f = m.threads[e.thread].frames.back();
            s.current_frame = f.frame;
            s.current_line = f.line;
            s.current_file = str(d.frames[f.frame - 1].file);
        }
        auto lines_begun =
            std::upper_bound(d.output_lines.begin(), d.output_lines.end(), index,
                             [](uint64_t x, const OutputLineRecord& l) { return x < l.event; });
        s.output_lines = static_cast<size_t>(lines_begun - d.output_lines.begin());
    }

    // The line each running task is at: its innermost frame on any thread.
    std::vector<std::pair<TaskId, int>> running_lines;
    for (const ThreadRt& t : m.threads)
        for (const FrameRt& f : t.frames)
            if (f.task) running_lines.emplace_back(f.task, f.line);

    s.tasks.reserve(m.tasks.size());
    for (TaskId id = 1; id <= m.tasks.size(); ++id) {
        const TaskRt& rt = m.tasks[id - 1];
        const TaskRecord& r = d.tasks[id - 1];
        TaskView v;
        v.id = id;
        v.name = str(r.name);
        v.coro = str(r.coro);
        v.parent = r.parent;
        v.created_line = r.line;
        v.state = rt.state;
        v.state_since = rt.since;
        v.woken = rt.woken;
        v.await_stack = rt.stack;
        if (rt.state == TaskState::Done || rt.state == TaskState::Failed ||
            rt.state == TaskState::Cancelled)
            v.result = str(rt.result);
        if (rt.wait && (rt.state == TaskState::Waiting || rt.woken)) {
            const WaitInfo& w = d.waits[rt.wait - 1];
            v.wait_kind = w.kind;
            v.waits_on = str(w.text);
            v.wait_until = w.until;
            v.wait_task = w.task;
            v.wait_sync = w.sync;
            v.wait_future = w.future;
        }
        if (rt.state == TaskState::Running) {
            for (const auto& [t, line] : running_lines)
                if (t == id) v.line = line;
        } else if (rt.stack) {
            for (uint32_t k = d.stack_starts[rt.stack + 1]; k-- > d.stack_starts[rt.stack];) {
                if (!d.stack_entries[k].library) {
                    v.line = d.stack_entries[k].line;
                    break;
                }
            }
        }
        s.tasks.push_back(std::move(v));
    }

    auto handle_view = [&](HandleId h) {
        HandleView v = handle(h);
        v.cancelled = m.is_cancelled(h);
        return v;
    };
    for (size_t k = m.ready_head; k < m.ready.size(); ++k)
        s.ready.push_back(handle_view(m.ready[k]));
    for (HandleId h : m.timers_in_due_order(d)) s.timers.push_back(handle_view(h));

    for (SyncId id = 1; id <= m.syncs.size(); ++id) {
        const SyncRt& rt = m.syncs[id - 1];
        const SyncRecord& r = d.syncs[id - 1];
        SyncView v;
        v.id = id;
        v.kind = r.kind;
        v.lock = r.lock;
        v.created_line = r.line;
        v.holders = rt.holders;
        for (const SyncWaiterRt& w : rt.waiters)
            v.waiters.push_back(SyncWaiterView{w.task, w.future, w.op});
        for (StrId item : rt.items) v.items.push_back(str(item));
        v.is_set = rt.is_set;
        v.value = rt.value;
        bool queue = r.kind == SyncKind::Queue || r.kind == SyncKind::LifoQueue ||
                     r.kind == SyncKind::PriorityQueue || r.kind == SyncKind::Barrier;
        if (queue) v.maxsize = r.initial;
        s.syncs.push_back(std::move(v));
    }

    for (ThreadId id = 0; id < m.threads.size(); ++id) {
        const ThreadRt& t = m.threads[id];
        if (!t.started) continue;
        ThreadView v;
        v.id = id;
        v.name = thread_name(id);
        v.current = !before_first && s.current_thread == id;
        for (const FrameRt& f : t.frames) {
            const FrameRecord& r = d.frames[f.frame - 1];
            v.frames.push_back(FrameView{f.frame, str(r.function), str(r.file), f.line, f.task});
        }
        s.threads.push_back(std::move(v));
    }
    return s;
}

// ---- navigation
// ------------------------------------------------------------------------------------

std::optional<size_t> Recording::find_next(size_t from, const Filter& f) const {
    Filter g = f;
    std::sort(g.lines.begin(), g.lines.end());
    for (size_t j = from + 1; j < d_->events.size(); ++j)
        if (g.matches(d_->events[j])) return j;
    return std::nullopt;
}

std::optional<size_t> Recording::find_prev(size_t from, const Filter& f) const {
    Filter g = f;
    std::sort(g.lines.begin(), g.lines.end());
    for (size_t j = std::min(from, d_->events.size()); j-- > 0;)
        if (g.matches(d_->events[j])) return j;
    return std::nullopt;
}

size_t Recording::callback_count() const {
    return d_->callbacks.size();
}

CallbackSpan Recording::callback(size_t n) const {
    const CallbackRecord& c = d_->callbacks[n];
    const Event& s = d_->events[c.start];
    const Event& e = d_->events[c.end];
    CallbackSpan span;
    span.start = c.start;
    span.end = c.end;
    span.handle = s.a;
    span.label = str(s.b);
    span.task = s.a ? d_->handles[s.a - 1].task : 0;
    span.start_time = s.time;
    span.end_time = e.time;
    return span;
}

std::optional<CallbackSpan> Recording::callback_at(size_t i) const {
    const auto& cbs = d_->callbacks;
    auto it = std::upper_bound(cbs.begin(), cbs.end(), i,
                               [](uint64_t x, const CallbackRecord& c) { return x < c.start; });
    if (it == cbs.begin()) return std::nullopt;
    --it;
    if (i > it->end) return std::nullopt;
    return callback(static_cast<size_t>(it - cbs.begin()));
}

size_t Recording::task_count() const {
    return d_->tasks.size();
}
size_t Recording::sync_count() const {
    return d_->syncs.size();
}
size_t Recording::thread_count() const {
    return d_->threads.size();
}
std::string Recording::thread_name(ThreadId id) const {
    return id < d_->threads.size() ? str(d_->threads[id].name) : std::string();
}

std::vector<StackFrameView> Recording::stack(StackId id) const {
    std::vector<StackFrameView> out;
    if (!id || id + 1 >= d_->stack_starts.size()) return out;
    for (uint32_t k = d_->stack_starts[id]; k < d_->stack_starts[id + 1]; ++k) {
        const StackEntry& s = d_->stack_entries[k];
        out.push_back(StackFrameView{str(s.function), str(s.file), s.line, s.library != 0});
    }
    return out;
}

WaitInfo Recording::wait(uint32_t index) const {
    return index && index <= d_->waits.size() ? d_->waits[index - 1] : WaitInfo{};
}

const std::vector<TaskInterval>& Recording::task_intervals() const {
    return task_intervals_;
}

std::vector<TaskInterval> Recording::task_intervals(TaskId task) const {
    if (!task || task >= task_interval_starts_.size()) return {};
    return std::vector<TaskInterval>(
        task_intervals_.begin() + static_cast<long>(task_interval_starts_[task - 1]),
        task_intervals_.begin() + static_cast<long>(task_interval_starts_[task]));
}

const std::vector<LoopInterval>& Recording::loop_intervals() const {
    return loop_intervals_;
}
const std::vector<ThreadInterval>& Recording::thread_intervals() const {
    return thread_intervals_;
}
const std::vector<Marker>& Recording::markers() const {
    return markers_;
}

const std::string& Recording::output() const {
    return d_->output;
}

std::vector<OutputLine> Recording::output_lines() const {
    std::vector<OutputLine> out;
    out.reserve(d_->output_lines.size());
    for (const OutputLineRecord& l : d_->output_lines)
        out.push_back(OutputLine{l.stream, d_->output.substr(l.begin, l.end - l.begin), l.event});
    return out;
}

std::optional<size_t> Recording::output_line_at(uint64_t event) const {
    const auto& lines = d_->output_lines;
    auto it = std::lower_bound(lines.begin(), lines.end(), event,
                               [](const OutputLineRecord& l, uint64_t x) { return l.event < x; });
    if (it == lines.end() || it->event != event) return std::nullopt;
    return static_cast<size_t>(it - lines.begin());
}

uint64_t Recording::keyframe_count() const {
    return d_->keyframes.size();
}
uint64_t Recording::keyframe_index(size_t k) const {
    return d_->keyframes[k].index;
}

RecordingStats Recording::stats() const {
    const RecordingData& d = *d_;
    RecordingStats s;
    s.events = d.events.size();
    s.event_bytes = d.events.bytes();
    s.table_bytes = d.strings.bytes() + d.output.size() + d.tasks.size() * sizeof(TaskRecord) +
                    d.handles.size() * sizeof(HandleRecord) +
                    d.frames.size() * sizeof(FrameRecord) + d.syncs.size() * sizeof(SyncRecord) +
                    d.threads.size() * sizeof(ThreadRecord) + d.waits.size() * sizeof(WaitInfo) +
                    d.stack_entries.size() * sizeof(StackEntry) +
                    d.stack_starts.size() * sizeof(uint32_t);
    for (const Keyframe& k : d.keyframes) s.keyframe_bytes += k.state.bytes();
    s.keyframes = d.keyframes.size();
    s.index_bytes = d.callbacks.size() * sizeof(CallbackRecord) +
                    d.output_lines.size() * sizeof(OutputLineRecord) +
                    task_intervals_.size() * sizeof(TaskInterval) +
                    task_interval_starts_.size() * sizeof(uint64_t) +
                    loop_intervals_.size() * sizeof(LoopInterval) +
                    thread_intervals_.size() * sizeof(ThreadInterval) +
                    markers_.size() * sizeof(Marker);
    return s;
}

// ---- words
// ---------------------------------------------------------------------------------------

std::string Recording::describe(size_t i) const {
    if (i >= size()) return "";
    const RecordingData& d = *d_;
    const Event& e = d.events[i];
    auto task_name = [&](TaskId t) {
        return t && t <= d.tasks.size() ? str(d.tasks[t - 1].name) : std::string("?");
    };
    auto label = [&](HandleId h) {
        return h && h <= d.handles.size() ? str(d.handles[h - 1].label) : std::string("?");
    };
    auto sync_name = [&](SyncId s) {
        return s && s <= d.syncs.size()
                   ? std::string(sync_kind_name(d.syncs[s - 1].kind)) + " #" + std::to_string(s)
                   : std::string("?");
    };
    switch (e.kind) {
    case EventKind::IterationStart: return "event loop iteration " + std::to_string(e.a);
    case EventKind::LoopWait:
        return "the loop waits for the next timer, until " + fmt_time(event_double(e));
    case EventKind::LoopBlocked:
        return "a blocking call held the loop from " + fmt_time(event_double(e)) + " to " +
               fmt_time(e.time);
    case EventKind::HandleScheduled:
        if (e.sub) return "call_at(" + fmt_time(d.handles[e.a - 1].when) + ", " + label(e.a) + ")";
        return "call_soon(" + label(e.a) + ")";
    case EventKind::HandleCancelled: return label(e.a) + " cancelled";
    case EventKind::HandleSkipped:
        return "cancelled " + label(e.a) + " dropped from the ready queue";
    case EventKind::TimerDue: return "timer " + label(e.a) + " is due: moved to the ready queue";
    case EventKind::TimerDiscarded:
        return e.a ? "cancelled timer " + label(e.a) + " removed from the heap"
                   : "cancelled timers purged from the heap";
    case EventKind::QueueCleared:
        return e.sub ? "loop.close() emptied the timer heap"
                     : "loop.close() emptied the ready queue";
    case EventKind::CallbackStart: return "run " + label(e.a);
    case EventKind::CallbackEnd: return label(e.a) + " returned";
    case EventKind::TaskCreated:
        return task_name(e.a) + " created for " + str(e.c) + "()" +
               (e.d ? " at line " + std::to_string(e.d) : "");
    case EventKind::TaskState: {
        auto s = static_cast<TaskState>(e.sub);
        if (s == TaskState::Ready && e.d == 1) return task_name(e.a) + " woken up: ready";
        std::string out = task_name(e.a) + " " + task_state_name(s);
        if (e.b) out += ": " + str(e.b);
        return out;
    }
    case EventKind::Await:
        if (!e.b) return task_name(e.a) + " yields to the loop (ready again)";
        return task_name(e.a) + " awaits " + str(d.waits[e.b - 1].text);
    case EventKind::FutureCreated: return "Future #" + std::to_string(e.a) + " created";
    case EventKind::FutureDone:
        return "Future #" + std::to_string(e.a) +
               (static_cast<FutureState>(e.sub) == FutureState::Cancelled ? " cancelled" : " done");
    case EventKind::Line: return "line " + std::to_string(e.b) + " in " + str(e.c) + "()";
    case EventKind::FramePush: return (e.sub ? "resume " : "call ") + str(e.b) + "()";
    case EventKind::FramePop:
        return str(d.frames[e.a - 1].function) + "()" +
               (e.sub == 1   ? " suspended"
                : e.sub == 2 ? " left by an exception"
                             : " returned");
    case EventKind::Exception:
        return str(e.b) + (e.c ? ": " + str(e.c) : "") + " at line " + std::to_string(e.d);
    case EventKind::Output: {
        std::string text = d.output.substr(e.a, std::min<uint32_t>(e.b, 60));
        std::replace(text.begin(), text.end(), '\n', ' ');
        auto st = static_cast<Stream>(e.sub);
        return std::string(st == Stream::Stdout   ? "stdout: "
                           : st == Stream::Stderr ? "stderr: "
                                                  : "warning: ") +
               text;
    }
    case EventKind::Warning: return str(e.a) + ": " + str(e.b);
    case EventKind::ThreadStart: return "thread " + str(e.b) + " starts";
    case EventKind::ThreadSwitch: return "switch to thread " + thread_name(e.b);
    case EventKind::SyncNew: return sync_name(e.a) + " created";
    case EventKind::SyncOp: {
        std::string who = e.task ? task_name(e.task) + " " : std::string();
        auto op = static_cast<SyncOp>(e.sub);
        switch (op) {
        case SyncOp::Put: return who + "puts " + str(e.b) + " into " + sync_name(e.a);
        case SyncOp::Get: return who + "gets " + str(e.b) + " from " + sync_name(e.a);
        case SyncOp::Notify:
            return sync_name(e.a) + ".notify(" + std::to_string(static_cast<int32_t>(e.d)) + ")";
        case SyncOp::Value:
            return sync_name(e.a) + " value " + std::to_string(static_cast<int32_t>(e.d));
        default: return who + sync_op_name(op) + " " + sync_name(e.a);
        }
    }
    case EventKind::Count: break;
    }
    return event_kind_name(e.kind);
}

} // namespace loopstep::record
