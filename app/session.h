// The open scenario's recording and the cursor over it: what the app steps through. Recording a
// program can take seconds, so it runs on a worker thread and the UI keeps drawing the last good
// recording meanwhile ("recording…"); every view then asks the Session for the state at the
// cursor. Navigation (step by callback, line or await, breakpoints, play) is a query on the
// recording (find_next / find_prev), never a re-run. No ImGui here: it is unit-tested.
#pragma once

#include "core/record/recording.h"

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>

namespace loopstep::app {

// What one step moves over.
enum class Granularity : std::uint8_t {
    Callback, // to the next / previous callback the loop runs (CallbackStart)
    Line,     // to the next / previous line of the program (of the selected task, if any)
    Await,    // to the next / previous time a task suspends at an await
};
const char* granularity_name(Granularity g); // "callback", "line", "await"

// Why the last recording request did not give a usable recording: shown in a banner.
struct RecordingProblem {
    record::Diagnostic diagnostic;
    bool kept_previous = false; // the previous recording is still shown
};

class Session {
  public:
    Session();
    ~Session(); // waits for a recording in progress
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Records `source` (run as the __main__ module named `filename`) on the worker thread.
    // `keep_cursor`: when the new recording arrives, keep the cursor where it was (clamped),
    // as when the same file is recorded again; otherwise start before the first event.
    // A request made while another is running replaces any request still waiting.
    void request(std::string filename, std::string source, bool asyncio_debug, bool keep_cursor);
    // Takes a finished recording, if any; call once per frame. True when the recording changed.
    bool poll();
    // Blocks until no recording is running or waiting (tests, screenshot mode), then polls.
    void wait();
    bool busy() const;

    const std::shared_ptr<const record::Recording>& recording() const { return recording_; }
    const std::string& filename() const { return filename_; } // of the recording shown
    bool asyncio_debug() const { return asyncio_debug_; }     // it was recorded in debug mode
    int exit_status() const { return exit_status_; }
    const std::optional<RecordingProblem>& problem() const { return problem_; }
    void dismiss_problem() { problem_.reset(); }

    // ---- the cursor: an event index, or before the first event ---------------------------------
    size_t size() const { return recording_ ? recording_->size() : 0; }
    bool before_start() const { return before_start_; }
    std::uint64_t cursor() const { return cursor_; } // meaningful when !before_start()
    // Events applied at the cursor: 0 before the first event, cursor()+1 after it.
    std::uint64_t position() const { return before_start_ ? 0 : cursor_ + 1; }
    const record::State& state() const { return state_; } // the state at the cursor
    void set_cursor(std::uint64_t index);                 // clamped to the last event
    void reset();                                         // before the first event (Home)
    void to_end();                                        // the last event (End)
    bool at_end() const { return size() == 0 || (!before_start_ && cursor_ + 1 >= size()); }

    // Steps to the next / previous event of `g`. `task` narrows Line steps to one task (0: any).
    // Returns false (and stays) when there is none; stepping back past the first goes to the start.
    bool step_forward(Granularity g, record::TaskId task = 0);
    bool step_back(Granularity g, record::TaskId task = 0);

    // ---- breakpoints: lines of the scenario's own file
    // -------------------------------------------
    const std::set<int>& breakpoints() const { return breakpoints_; }
    void toggle_breakpoint(int line);
    void clear_breakpoints() { breakpoints_.clear(); }
    // Moves to the next Line event on a breakpoint; with none ahead, to the end. True if one hit.
    bool run_to_breakpoint();

    // ---- play
    // ------------------------------------------------------------------------------------
    bool playing() const { return playing_; }
    void set_playing(bool on);
    double speed() const { return speed_; } // steps per second
    void set_speed(double steps_per_second);
    // Advances a playing session by `seconds` of wall time: speed() steps of `g` per second.
    // Stops playing at the end.
    void tick(double seconds, Granularity g, record::TaskId task = 0);

  private:
    struct Request {
        std::string filename, source;
        bool asyncio_debug = false;
        bool keep_cursor = false;
    };
    struct Done {
        Request request;
        record::RecordResult result;
    };
    void start(Request r); // worker_ must be idle
    void accept(Done done);
    void refresh_state();
    record::Filter filter_for(Granularity g, record::TaskId task) const;
    std::optional<size_t> next_match(const record::Filter& f) const;

    std::shared_ptr<const record::Recording> recording_;
    std::string filename_;
    bool asyncio_debug_ = false;
    int exit_status_ = 0;
    std::optional<RecordingProblem> problem_;

    bool before_start_ = true;
    std::uint64_t cursor_ = 0;
    record::State state_;
    std::set<int> breakpoints_;
    bool playing_ = false;
    double speed_ = 4;
    double play_budget_ = 0; // fractions of a step carried between ticks

    // The worker: one recording at a time, the newest request waiting behind it.
    std::thread worker_;
    bool running_ = false; // a worker was started and not yet joined
    std::optional<Request> queued_;
    mutable std::mutex mutex_;
    std::condition_variable finished_cv_;
    std::optional<Done> finished_; // written by the worker, taken by poll()
};

} // namespace loopstep::app
