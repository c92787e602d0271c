// The Event loop pane's content; see loop_model.h.
#include "app/loop_model.h"

#include "app/tasks_model.h"
#include "app/ui_text.h"

#include <algorithm>
#include <cstdio>

namespace loopstep::app {

namespace {

using record::SyncKind;

CallbackCard card_of(const record::HandleView& h, std::string_view lang) {
    CallbackCard c;
    c.handle = h.id;
    c.label = h.label;
    c.task = h.task;
    c.cancelled = h.cancelled;
    if (h.timer) {
        c.deadline = h.when;
        c.when = trf("due t={}", lang, {time_text(h.when)});
    }
    return c;
}

std::string task_name(const record::Recording& rec, record::TaskId id) {
    return id ? rec.task(id).name : std::string("?");
}

bool is_queue(SyncKind k) {
    return k == SyncKind::Queue || k == SyncKind::LifoQueue || k == SyncKind::PriorityQueue;
}

const char* op_word(record::SyncOp op) {
    switch (op) {
    case record::SyncOp::WaitGet: return "get";
    case record::SyncOp::WaitPut: return "put";
    case record::SyncOp::WaitAcquire: return "acquire";
    default: return "wait";
    }
}

SyncRow sync_row(const record::Recording& rec, const record::SyncView& s, std::string_view lang) {
    SyncRow row;
    row.id = s.id;
    row.kind = s.kind;
    row.title = std::string(record::sync_kind_name(s.kind)) + " #" + std::to_string(s.id);
    if (s.created_line > 0)
        row.created = trf("created at line {}", lang, {std::to_string(s.created_line)});
    switch (s.kind) {
    case SyncKind::Lock:
    case SyncKind::Semaphore:
    case SyncKind::BoundedSemaphore:
        for (record::TaskId t : s.holders) {
            if (!row.owner.empty()) row.owner += ", ";
            row.owner += task_name(rec, t);
        }
        if (row.owner.empty()) row.owner = tr("free", lang);
        if (s.kind != SyncKind::Lock) row.detail = trf("value {}", lang, {std::to_string(s.value)});
        break;
    case SyncKind::Event: row.detail = tr(s.is_set ? "set" : "not set", lang); break;
    case SyncKind::Barrier:
        row.detail = std::to_string(s.value) + "/" + std::to_string(s.maxsize);
        break;
    case SyncKind::Queue:
    case SyncKind::LifoQueue:
    case SyncKind::PriorityQueue:
        row.items = s.items;
        row.detail = std::to_string(s.items.size()) +
                     (s.maxsize > 0 ? "/" + std::to_string(s.maxsize) : std::string());
        break;
    case SyncKind::Condition:
    case SyncKind::Count: break;
    }
    for (const record::SyncWaiterView& w : s.waiters) {
        SyncWaiterRow wr{w.task, task_name(rec, w.task)};
        // A queue has getters and putters in one list; say which one each waiter is.
        if (is_queue(s.kind)) wr.text += std::string(" (") + op_word(w.op) + ")";
        row.waiters.push_back(std::move(wr));
    }
    return row;
}

} // namespace

std::string time_text(double t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", t);
    return buf;
}

LoopModel loop_model(const record::Recording& rec, const record::State& state,
                     std::string_view lang) {
    using record::LoopActivity;
    LoopModel m;
    m.activity = state.loop;
    switch (state.loop) {
    case LoopActivity::Callback:
        m.activity_text = trf("running a callback: {}", lang, {state.running_label});
        break;
    case LoopActivity::Waiting:
        m.activity_text =
            trf("waiting for the next timer, until t={}", lang, {time_text(state.wait_until)});
        break;
    case LoopActivity::Blocked:
        m.blocked = true;
        m.activity_text = trf("blocked by a synchronous call on its thread, until t={}", lang,
                              {time_text(state.wait_until)});
        break;
    case LoopActivity::Outside: m.activity_text = tr("between callbacks", lang); break;
    }
    m.clock = trf("virtual time t={} s", lang, {time_text(state.time)});
    m.iteration = trf("iteration {}", lang, {std::to_string(state.iteration)});

    // The running callback has left the deque already; it leads the row, marked.
    if (state.running_handle != 0 &&
        (state.loop == LoopActivity::Callback || state.loop == LoopActivity::Blocked)) {
        CallbackCard c = card_of(rec.handle(state.running_handle), lang);
        c.label = state.running_label;
        c.running = true;
        c.when.clear();
        m.ready.push_back(std::move(c));
    }
    for (const record::HandleView& h : state.ready) m.ready.push_back(card_of(h, lang));
    for (const record::HandleView& h : state.timers) m.timers.push_back(card_of(h, lang));
    std::stable_sort(
        m.timers.begin(), m.timers.end(),
        [](const CallbackCard& a, const CallbackCard& b) { return a.deadline < b.deadline; });

    for (const record::SyncView& s : state.syncs) m.syncs.push_back(sync_row(rec, s, lang));

    if (state.threads.size() > 1) {
        for (const record::ThreadView& th : state.threads) {
            ThreadRow row;
            row.id = th.id;
            row.name = th.name;
            row.current = th.current;
            for (const record::FrameView& f : th.frames) {
                if (!row.frames.empty()) row.frames += " \xE2\x86\x92 "; // →
                row.frames += frame_text(f.function, f.line, false, lang);
            }
            if (row.frames.empty()) row.frames = tr("idle", lang);
            m.threads.push_back(std::move(row));
        }
    }
    return m;
}

} // namespace loopstep::app
