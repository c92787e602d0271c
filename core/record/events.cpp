// Names of the event model's enumerations, and the string table; see events.h and
// recording_data.h.
#include "core/record/events.h"

#include "core/record/recording_data.h"

namespace loopstep::record {

const char* event_kind_name(EventKind k) {
    switch (k) {
#define LOOPSTEP_EVENT_NAME(name)                                                                  \
    case EventKind::name: return #name;
        LOOPSTEP_EVENT_KINDS(LOOPSTEP_EVENT_NAME)
#undef LOOPSTEP_EVENT_NAME
    case EventKind::Count: break;
    }
    return "?";
}

const char* task_state_name(TaskState s) {
    switch (s) {
    case TaskState::Ready: return "ready";
    case TaskState::Running: return "running";
    case TaskState::Waiting: return "waiting";
    case TaskState::Done: return "done";
    case TaskState::Cancelled: return "cancelled";
    case TaskState::Failed: return "failed";
    }
    return "?";
}

const char* wait_kind_name(WaitKind k) {
    switch (k) {
    case WaitKind::None: return "none";
    case WaitKind::Sleep: return "sleep";
    case WaitKind::Future: return "future";
    case WaitKind::Task: return "task";
    case WaitKind::Sync: return "sync";
    case WaitKind::Executor: return "executor";
    }
    return "?";
}

const char* sync_kind_name(SyncKind k) {
    switch (k) {
    case SyncKind::Lock: return "Lock";
    case SyncKind::Event: return "Event";
    case SyncKind::Condition: return "Condition";
    case SyncKind::Semaphore: return "Semaphore";
    case SyncKind::BoundedSemaphore: return "BoundedSemaphore";
    case SyncKind::Barrier: return "Barrier";
    case SyncKind::Queue: return "Queue";
    case SyncKind::LifoQueue: return "LifoQueue";
    case SyncKind::PriorityQueue: return "PriorityQueue";
    case SyncKind::Count: break;
    }
    return "?";
}

const char* sync_op_name(SyncOp op) {
    switch (op) {
    case SyncOp::Acquire: return "acquire";
    case SyncOp::Release: return "release";
    case SyncOp::WaitAcquire: return "wait_acquire";
    case SyncOp::Wait: return "wait";
    case SyncOp::WaitGet: return "wait_get";
    case SyncOp::WaitPut: return "wait_put";
    case SyncOp::Unwait: return "unwait";
    case SyncOp::Set: return "set";
    case SyncOp::Clear: return "clear";
    case SyncOp::Notify: return "notify";
    case SyncOp::Put: return "put";
    case SyncOp::Get: return "get";
    case SyncOp::Value: return "value";
    case SyncOp::Count: break;
    }
    return "?";
}

StrId StringTable::intern(std::string_view s) {
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    auto id = static_cast<StrId>(offsets_.size() - 1);
    text_.append(s);
    offsets_.push_back(static_cast<uint32_t>(text_.size()));
    index_.emplace(std::string(s), id);
    return id;
}

} // namespace loopstep::record
