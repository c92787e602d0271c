// The recorder: it watches one program run through the interpreter's hooks (lines, frames,
// suspensions, exceptions, output), the asyncio model's observer (iterations, handles, timers,
// tasks, futures, waits) and the _loopstep_record module that the Python half of asyncio calls
// for its locks and queues, and appends one event per observable step to a RecordingData.
//
// It never runs Python code and never asks an object for its id() or repr(): a recorded run must
// print exactly what an unrecorded one prints. Reprs of results and queue items are taken
// natively, for built-in types only (safe_repr.h).
#pragma once

#include "core/aio/aio.h"
#include "core/py/interp.h"
#include "core/record/recording.h"
#include "core/record/recording_data.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace loopstep::record {

class Recorder final : public py::VMHooks, public aio::AioObserver {
  public:
    Recorder(RecordingData& data, uint64_t max_events);
    ~Recorder() override;

    // Installs the recorder on `I` (which must be the interpreter of this OS thread) and as the
    // asyncio observer and _loopstep_record's target; detach() undoes all three.
    void attach(py::Interp& I);
    void detach();
    // The program ended: from here on (interpreter teardown) nothing may throw into it.
    void program_finished() { may_stop_ = false; }
    bool over_budget() const { return over_budget_; }

    // py::VMHooks
    void on_line(py::Frame& f, int line) override;
    void on_frame_push(py::Frame& f) override;
    void on_frame_pop(py::Frame& f) override;
    void on_suspend(py::Frame& f, const py::Value& yielded) override;
    void on_resume(py::Frame& f) override;
    void on_exception(py::Frame& f, const py::Value& exc) override;
    void on_output(int stream, std::string_view text) override;

    // aio::AioObserver
    void on_iteration(uint64_t loop, uint64_t iteration, double t) override;
    void on_handle_scheduled(uint64_t handle, const std::string& label, double when, bool timer,
                             uint64_t task) override;
    void on_handle_cancelled(uint64_t handle) override;
    void on_handle_skipped(uint64_t handle) override;
    void on_timer_due(uint64_t handle) override;
    void on_timer_discarded(uint64_t handle) override;
    void on_timers_purged() override;
    void on_loop_cleared(bool timers) override;
    void on_handle_run_start(uint64_t handle, const std::string& label) override;
    void on_handle_run_end(uint64_t handle) override;
    void on_task_created(uint64_t task, const std::string& name, const py::Value& coro,
                         uint64_t parent) override;
    void on_task_state(uint64_t task, const char* state, const py::Value& waiting_on,
                       const py::Value& task_object) override;
    void on_future_created(uint64_t future) override;
    void on_future_done(uint64_t future, const char* state) override;
    void on_loop_wait(double from, double until) override;
    void on_loop_blocked(double from, double until) override;

    // _loopstep_record (record_module.cpp)
    void sync_new(const py::Value& obj, SyncKind kind, int64_t initial, const py::Value& lock);
    void sync_op(const py::Value& obj, SyncOp op, const py::Value& arg);
    void warning(std::string_view category, std::string_view message, std::string_view file,
                 int line);
    void executor_job(const py::Value& future, std::string_view label);

    // The recorder installed on this OS thread, or null (then _loopstep_record does nothing).
    static Recorder* active();

  private:
    Event& emit(EventKind kind);
    Event& emit_raw(EventKind kind, uint16_t thread);
    void note_thread(uint16_t tid, const std::string& name);
    bool is_user(const py::CodeObject* code) const;
    FrameId frame_id(py::Frame& f, bool* fresh);
    void forget_frame(py::Frame& f);
    void push_frame_event(py::Frame& f, FrameId id, bool resumed, int line);
    int user_line() const;
    TaskId task_of(uint64_t future_id) const;
    FutureId future_of(uint64_t future_id);
    HandleId handle_of(uint64_t raw) const;
    SyncId sync_of(const py::Value& obj);
    StackId capture_stack(const py::Value& task_object);
    uint32_t describe_wait(const py::Value& waiting_on, StackId stack);
    TaskId running_task(uint16_t thread) const;
    void set_running(uint16_t thread, TaskId task);
    StrId intern(std::string_view s) { return d_.strings.intern(s); }
    // A code object's qualified name and file, interned once: every suspension names the
    // coroutines of its await stack, and hashing their strings each time was the recorder's
    // largest cost. A hit is checked against the name and source it was made from, since a
    // freed code object's address can be reused.
    struct CodeNames {
        const py::SourceFile* source = nullptr;
        std::string qualname;
        StrId function = 0, file = 0;
    };
    const CodeNames& names_of(const py::CodeObject* co);
    // A handle's label, interned through a per-task cache of its last two labels (its __step
    // and __wakeup): one string comparison instead of a hash lookup per call_soon.
    StrId label_id(TaskId task, const std::string& label);
    static void set_double(Event& e, double v); // into (c, d)

    RecordingData& d_;
    py::Interp* I_ = nullptr;
    uint64_t max_events_;
    bool over_budget_ = false;
    bool may_stop_ = true;
    StrId sleep_str_ = 0;

    uint16_t last_thread_ = 0;
    std::vector<TaskId> running_; // by thread
    std::vector<bool> thread_seen_;
    uint16_t loop_thread_ = 0;
    bool in_callback_ = false;
    double loop_time_ = 0; // the clock when the loop's thread last did something

    std::unordered_map<uint64_t, FrameId> frames_; // live frames, by serial
    uint64_t last_serial_ = 0;
    FrameId last_frame_ = 0;
    uint64_t unwinding_serial_ = 0;

    // By the interpreter's future id, which counts up from 1 in each run: flat arrays, looked
    // up for every handle and task state change.
    std::vector<FutureId> futures_;     // -> ours
    std::vector<TaskId> tasks_;         // -> the task (0: not a task)
    std::vector<TaskState> task_state_; // by TaskId - 1
    std::vector<HandleId> handles_;     // interpreter handle id -> ours
    // Where each handle is (by HandleId): a flat array, since every callback moves one.
    enum class Place : uint8_t { Nowhere, Ready, Heap };
    std::vector<Place> place_;
    Place place_of(HandleId h) const { return h < place_.size() ? place_[h] : Place::Nowhere; }
    void set_place(HandleId h, Place p) {
        if (!h) return;
        if (h >= place_.size()) place_.resize(std::max<size_t>(h + 1, place_.size() * 2));
        place_[h] = p;
    }
    std::unordered_set<HandleId> cancelled_; // cancelled while queued (few)
    std::unordered_map<const py::Object*, SyncId> syncs_;
    std::unordered_map<FutureId, std::string> executor_jobs_;
    std::unordered_map<std::string, StackId> stack_index_;
    std::unordered_map<const py::CodeObject*, CodeNames> code_names_;
    std::vector<std::pair<StrId, StrId>> task_labels_; // by TaskId (0: handles of no task)
    StrId sync_wait_text_[static_cast<size_t>(SyncKind::Count)]
                         [static_cast<size_t>(SyncOp::Count)] = {};

    // Facts gathered during the running task's step, for the Await that ends it.
    double step_timer_when_ = NAN;
    SyncId pending_sync_ = 0;
    SyncOp pending_op_ = SyncOp::Wait;
    bool warning_pending_ = false;
};

} // namespace loopstep::record
