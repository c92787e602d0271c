// See machine.h. The heap functions are heapq's (and core/aio/loop.cpp's) algorithm comparing
// deadlines with `<` only, so a replayed heap has exactly the loop's layout and pops timers with
// equal deadlines in the same order.
#include "core/record/machine.h"

#include "core/record/recording_data.h"

#include <algorithm>
#include <cstring>

namespace loopstep::record {

namespace {

double event_double(const Event& e) {
    uint64_t bits = uint64_t(e.c) | (uint64_t(e.d) << 32);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

struct Heap {
    std::vector<HandleId>& h;
    const RecordingData& d;
    bool lt(HandleId a, HandleId b) const { return d.handles[a - 1].when < d.handles[b - 1].when; }

    void siftdown(size_t startpos, size_t pos) {
        HandleId item = h[pos];
        while (pos > startpos) {
            size_t parent = (pos - 1) >> 1;
            if (lt(item, h[parent])) {
                h[pos] = h[parent];
                pos = parent;
                continue;
            }
            break;
        }
        h[pos] = item;
    }
    void siftup(size_t pos) {
        size_t end = h.size(), start = pos;
        HandleId item = h[pos];
        size_t child = 2 * pos + 1;
        while (child < end) {
            size_t right = child + 1;
            if (right < end && !lt(h[child], h[right])) child = right;
            h[pos] = h[child];
            pos = child;
            child = 2 * pos + 1;
        }
        h[pos] = item;
        siftdown(start, pos);
    }
    void push(HandleId x) {
        h.push_back(x);
        siftdown(0, h.size() - 1);
    }
    HandleId pop() {
        HandleId last = h.back();
        h.pop_back();
        if (h.empty()) return last;
        HandleId top = h[0];
        h[0] = last;
        siftup(0);
        return top;
    }
    void heapify() {
        for (size_t i = h.size() / 2; i-- > 0;) siftup(i);
    }
    // Takes x out: the top in every recording that follows the loop; anywhere as a fallback.
    void remove(HandleId x) {
        if (!h.empty() && h[0] == x) {
            pop();
            return;
        }
        auto it = std::find(h.begin(), h.end(), x);
        if (it == h.end()) return;
        h.erase(it);
        heapify();
    }
};

template <class T>
void erase_value(std::vector<T>& v, const T& x) {
    auto it = std::find(v.begin(), v.end(), x);
    if (it != v.end()) v.erase(it);
}

} // namespace

bool Machine::is_cancelled(HandleId h) const {
    return std::find(cancelled.begin(), cancelled.end(), h) != cancelled.end();
}

void Machine::ready_remove(HandleId h) {
    if (ready_head < ready.size() && ready[ready_head] == h) {
        ++ready_head;
    } else {
        auto it = std::find(ready.begin() + static_cast<long>(ready_head), ready.end(), h);
        if (it != ready.end()) ready.erase(it);
    }
    if (ready_head >= 1024 && ready_head * 2 >= ready.size()) {
        ready.erase(ready.begin(), ready.begin() + static_cast<long>(ready_head));
        ready_head = 0;
    }
}

ThreadRt& Machine::thread(ThreadId id) {
    if (id >= threads.size()) threads.resize(id + 1);
    return threads[id];
}

void Machine::apply(const Event& e, uint64_t index, const RecordingData& d) {
    // Waiting and Blocked describe a single event: after it the loop is where it was.
    if (activity == LoopActivity::Waiting) activity = LoopActivity::Outside;
    if (activity == LoopActivity::Blocked)
        activity = running ? LoopActivity::Callback : LoopActivity::Outside;
    switch (e.kind) {
    case EventKind::IterationStart: iteration = e.a; break;
    case EventKind::LoopWait:
        activity = LoopActivity::Waiting;
        wait_from = e.time;
        wait_until = event_double(e);
        break;
    case EventKind::LoopBlocked:
        activity = LoopActivity::Blocked;
        wait_from = event_double(e);
        wait_until = e.time;
        break;
    case EventKind::HandleScheduled:
        if (e.sub)
            Heap{timers, d}.push(e.a);
        else
            ready.push_back(e.a);
        break;
    case EventKind::HandleCancelled:
        if (e.sub) cancelled.push_back(e.a);
        break;
    case EventKind::HandleSkipped:
        ready_remove(e.a);
        erase_value(cancelled, e.a);
        break;
    case EventKind::TimerDue:
        Heap{timers, d}.remove(e.a);
        ready.push_back(e.a);
        break;
    case EventKind::TimerDiscarded:
        if (e.a) {
            Heap{timers, d}.remove(e.a);
            erase_value(cancelled, e.a);
        } else {
            std::vector<HandleId> fresh;
            for (HandleId h : timers) {
                if (is_cancelled(h))
                    erase_value(cancelled, h);
                else
                    fresh.push_back(h);
            }
            timers = std::move(fresh);
            Heap{timers, d}.heapify();
        }
        break;
    case EventKind::QueueCleared:
        if (e.sub) {
            for (HandleId h : timers) erase_value(cancelled, h);
            timers.clear();
        } else {
            for (size_t i = ready_head; i < ready.size(); ++i) erase_value(cancelled, ready[i]);
            ready.clear();
            ready_head = 0;
        }
        break;
    case EventKind::CallbackStart:
        ready_remove(e.a);
        running = e.a;
        activity = LoopActivity::Callback;
        break;
    case EventKind::CallbackEnd:
        running = 0;
        activity = LoopActivity::Outside;
        break;
    case EventKind::TaskCreated:
        if (e.a > tasks.size()) tasks.resize(e.a);
        tasks[e.a - 1] = TaskRt{};
        tasks[e.a - 1].since = index;
        break;
    case EventKind::TaskState: {
        TaskRt& t = tasks[e.a - 1];
        t.state = static_cast<TaskState>(e.sub);
        t.since = index;
        t.woken = e.d == 1;
        if (e.b) t.result = e.b;
        break;
    }
    case EventKind::Await: {
        TaskRt& t = tasks[e.a - 1];
        t.state = static_cast<TaskState>(e.sub);
        t.since = index;
        t.woken = false;
        t.wait = e.b;
        t.stack = e.c;
        break;
    }
    case EventKind::Output: output_size = uint64_t(e.a) + e.b; break;
    case EventKind::ThreadStart: thread(e.a).started = true; break;
    case EventKind::FramePush:
        thread(e.thread).frames.push_back(FrameRt{e.a, static_cast<int32_t>(e.d), e.task});
        break;
    case EventKind::FramePop: {
        auto& fs = thread(e.thread).frames;
        for (size_t i = fs.size(); i-- > 0;) {
            if (fs[i].frame == e.a) {
                fs.erase(fs.begin() + static_cast<long>(i));
                break;
            }
        }
        break;
    }
    case EventKind::Line: {
        auto& fs = thread(e.thread).frames;
        bool found = false;
        for (size_t i = fs.size(); i-- > 0;) {
            if (fs[i].frame == e.a) {
                fs[i].line = static_cast<int32_t>(e.b);
                found = true;
                break;
            }
        }
        if (!found) fs.push_back(FrameRt{e.a, static_cast<int32_t>(e.b), e.task});
        break;
    }
    case EventKind::SyncNew: {
        if (e.a > syncs.size()) syncs.resize(e.a);
        SyncRt s;
        auto kind = static_cast<SyncKind>(e.sub);
        if (kind == SyncKind::Semaphore || kind == SyncKind::BoundedSemaphore)
            s.value = static_cast<int32_t>(e.d);
        syncs[e.a - 1] = std::move(s);
        break;
    }
    case EventKind::SyncOp: {
        SyncRt& s = syncs[e.a - 1];
        switch (static_cast<SyncOp>(e.sub)) {
        case SyncOp::Acquire: s.holders.push_back(e.task); break;
        case SyncOp::Release: {
            auto it = std::find(s.holders.begin(), s.holders.end(), e.task);
            if (it != s.holders.end())
                s.holders.erase(it);
            else if (!s.holders.empty())
                s.holders.erase(s.holders.begin());
            break;
        }
        case SyncOp::WaitAcquire:
        case SyncOp::Wait:
        case SyncOp::WaitGet:
        case SyncOp::WaitPut:
            s.waiters.push_back(SyncWaiterRt{e.b, e.task, static_cast<SyncOp>(e.sub)});
            break;
        case SyncOp::Unwait:
            for (size_t i = 0; i < s.waiters.size(); ++i) {
                if (s.waiters[i].future == e.b) {
                    s.waiters.erase(s.waiters.begin() + static_cast<long>(i));
                    break;
                }
            }
            break;
        case SyncOp::Set: s.is_set = true; break;
        case SyncOp::Clear: s.is_set = false; break;
        case SyncOp::Put: s.items.push_back(e.b); break;
        case SyncOp::Get: {
            if (d.syncs[e.a - 1].kind == SyncKind::LifoQueue) {
                auto it = std::find(s.items.rbegin(), s.items.rend(), e.b);
                if (it != s.items.rend()) s.items.erase(std::next(it).base());
            } else {
                erase_value(s.items, StrId(e.b));
            }
            break;
        }
        case SyncOp::Value: s.value = static_cast<int32_t>(e.d); break;
        case SyncOp::Notify:
        case SyncOp::Count: break;
        }
        break;
    }
    default: break;
    }
}

size_t Machine::bytes() const {
    size_t n = sizeof(Machine) + tasks.size() * sizeof(TaskRt) +
               (ready.size() - ready_head + timers.size() + cancelled.size()) * sizeof(HandleId);
    for (const SyncRt& s : syncs)
        n += sizeof(SyncRt) + s.holders.size() * 4 + s.waiters.size() * sizeof(SyncWaiterRt) +
             s.items.size() * 4;
    for (const ThreadRt& t : threads) n += sizeof(ThreadRt) + t.frames.size() * sizeof(FrameRt);
    return n;
}

Machine Machine::snapshot() const {
    Machine m = *this;
    m.ready.assign(ready.begin() + static_cast<long>(ready_head), ready.end());
    m.ready_head = 0;
    m.tasks.shrink_to_fit();
    m.ready.shrink_to_fit();
    return m;
}

std::vector<HandleId> Machine::timers_in_due_order(const RecordingData& d) const {
    std::vector<HandleId> heap = timers, out;
    Heap h{heap, d};
    while (!heap.empty()) out.push_back(h.pop());
    return out;
}

} // namespace loopstep::record
