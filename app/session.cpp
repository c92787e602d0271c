// The Session: a worker thread that records, and the cursor over the recording; see session.h.
#include "app/session.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace loopstep::app {

namespace {

// The app keeps several recordings alive at a time (the one shown, the next one); a runaway
// program is stopped well before it would fill the memory.
constexpr std::uint64_t app_max_events = 20'000'000;

} // namespace

const char* granularity_name(Granularity g) {
    switch (g) {
    case Granularity::Callback: return "callback";
    case Granularity::Line: return "line";
    case Granularity::Await: return "await";
    }
    return "?";
}

Session::Session() = default;

Session::~Session() {
    queued_.reset();
    if (worker_.joinable()) worker_.join();
}

void Session::request(std::string filename, std::string source, bool asyncio_debug,
                      bool keep_cursor) {
    Request r{std::move(filename), std::move(source), asyncio_debug, keep_cursor};
    if (running_) {
        queued_ = std::move(r);
        return;
    }
    start(std::move(r));
}

void Session::start(Request r) {
    if (worker_.joinable()) worker_.join();
    running_ = true;
    worker_ = std::thread([this, r = std::move(r)]() mutable {
        record::RecordOptions opts;
        opts.max_events = app_max_events;
        opts.asyncio_debug = r.asyncio_debug;
        record::RecordResult result = record::record_program(r.filename, r.source, opts);
        std::lock_guard lock(mutex_);
        finished_ = Done{std::move(r), std::move(result)};
        finished_cv_.notify_all();
    });
}

bool Session::busy() const {
    return running_ || queued_.has_value();
}

bool Session::poll() {
    std::optional<Done> done;
    {
        std::lock_guard lock(mutex_);
        done.swap(finished_);
    }
    if (!done) return false;
    worker_.join();
    running_ = false;
    if (queued_) {
        // A newer request is waiting: this result is already stale.
        Request next = std::move(*queued_);
        queued_.reset();
        start(std::move(next));
        return false;
    }
    accept(std::move(*done));
    return true;
}

void Session::wait() {
    while (busy()) {
        {
            std::unique_lock lock(mutex_);
            finished_cv_.wait(lock, [this] { return finished_.has_value(); });
        }
        poll();
    }
}

void Session::accept(Done done) {
    record::RecordResult& r = done.result;
    const bool unusable =
        r.diagnostic && r.diagnostic->kind != record::Diagnostic::Kind::BudgetExceeded;
    // A syntax error or an unsupported construct leaves a recording of nothing but the error
    // message; the last good recording stays more useful, so it is kept when there is one. A
    // budget stop keeps what did run: where a runaway program spends its time is the lesson.
    const bool keep_previous = unusable && recording_ && done.request.filename == filename_;
    if (r.diagnostic)
        problem_ = RecordingProblem{*r.diagnostic, keep_previous};
    else
        problem_.reset();
    if (keep_previous) return;

    const bool keep_cursor = done.request.keep_cursor && done.request.filename == filename_;
    recording_ = std::move(r.recording);
    filename_ = std::move(done.request.filename);
    asyncio_debug_ = done.request.asyncio_debug;
    exit_status_ = r.exit_status;
    playing_ = false;
    play_budget_ = 0;
    if (!keep_cursor) breakpoints_.clear();
    if (keep_cursor && !before_start_ && size() > 0) {
        cursor_ = std::min<std::uint64_t>(cursor_, size() - 1);
    } else {
        before_start_ = true;
        cursor_ = 0;
    }
    refresh_state();
}

void Session::refresh_state() {
    if (!recording_)
        state_ = record::State{};
    else if (before_start_ || size() == 0)
        state_ = recording_->initial_state();
    else
        state_ = recording_->state_at(cursor_);
}

void Session::set_cursor(std::uint64_t index) {
    if (size() == 0) return;
    index = std::min<std::uint64_t>(index, size() - 1);
    if (!before_start_ && index == cursor_) return;
    before_start_ = false;
    cursor_ = index;
    refresh_state();
}

void Session::reset() {
    if (before_start_) return;
    before_start_ = true;
    cursor_ = 0;
    refresh_state();
}

void Session::to_end() {
    if (size() > 0) set_cursor(size() - 1);
}

record::Filter Session::filter_for(Granularity g, record::TaskId task) const {
    switch (g) {
    case Granularity::Callback: return record::Filter::callbacks();
    case Granularity::Await: return record::Filter::awaits();
    case Granularity::Line: break;
    }
    record::Filter f = record::Filter::lines_in(task);
    if (recording_) f.file = recording_->find_str(filename_).value_or(0);
    return f;
}

std::optional<size_t> Session::next_match(const record::Filter& f) const {
    if (size() == 0) return std::nullopt;
    if (before_start_) {
        if (f.matches(recording_->event(0))) return 0;
        return recording_->find_next(0, f);
    }
    return recording_->find_next(cursor_, f);
}

bool Session::step_forward(Granularity g, record::TaskId task) {
    auto next = next_match(filter_for(g, task));
    if (!next) return false;
    set_cursor(*next);
    return true;
}

bool Session::step_back(Granularity g, record::TaskId task) {
    if (before_start_ || size() == 0) return false;
    if (auto prev = recording_->find_prev(cursor_, filter_for(g, task))) {
        set_cursor(*prev);
    } else {
        reset();
    }
    return true;
}

void Session::toggle_breakpoint(int line) {
    if (!breakpoints_.erase(line)) breakpoints_.insert(line);
}

bool Session::run_to_breakpoint() {
    if (size() == 0) return false;
    if (!breakpoints_.empty()) {
        record::Filter f =
            record::Filter::breakpoints(std::vector<int>(breakpoints_.begin(), breakpoints_.end()));
        f.file = recording_->find_str(filename_).value_or(0);
        if (auto hit = next_match(f)) {
            set_cursor(*hit);
            return true;
        }
    }
    to_end();
    return false;
}

void Session::set_playing(bool on) {
    playing_ = on && size() > 0;
    play_budget_ = 0;
    if (playing_ && at_end()) reset(); // play from the start again, as media players do
}

void Session::set_speed(double steps_per_second) {
    speed_ = std::clamp(steps_per_second, 0.25, 1000.0);
}

void Session::tick(double seconds, Granularity g, record::TaskId task) {
    if (!playing_) return;
    play_budget_ += seconds * speed_;
    // A long pause (a slow frame, a window drag) must not turn into a burst of steps.
    play_budget_ = std::min(play_budget_, std::max(1.0, speed_ * 0.25));
    while (play_budget_ >= 1) {
        play_budget_ -= 1;
        if (!step_forward(g, task)) {
            to_end();
            playing_ = false;
            return;
        }
    }
}

} // namespace loopstep::app
