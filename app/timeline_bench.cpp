// Benchmark mode; see timeline_bench.h.
#include "app/timeline_bench.h"

#include "app/scenario_document.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <numeric>
#include <ostream>

namespace loopstep::app {

namespace {

// One zoom cycle: from the whole run in to a ten-thousandth of it and out again.
constexpr int kCycleFrames = 120;
constexpr double kDeepestZoom = 1e-4;

struct Summary {
    double mean = 0, worst = 0;
};

// Frame 1 is apart: it builds the font atlas (and the lanes, when the view builds them).
Summary summarise(const std::vector<double>& ms) {
    if (ms.size() < 2) return {};
    auto rest = ms.begin() + 1;
    return {std::accumulate(rest, ms.end(), 0.0) / static_cast<double>(ms.size() - 1),
            *std::max_element(rest, ms.end())};
}

} // namespace

double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

std::unique_ptr<TimelineBench> TimelineBench::start(const std::filesystem::path& path, int frames,
                                                    std::string* error) {
    auto source = read_file(path, error);
    if (!source) return nullptr;
    std::unique_ptr<TimelineBench> b(new TimelineBench());
    b->path_ = path;
    b->frames_ = frames;
    // The interpreter runs on a thread of its own: this one is wall-clock time.
    const auto t0 = std::chrono::steady_clock::now();
    record::RecordResult result = record::record_program(path.filename().string(), *source);
    b->record_ms_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (result.diagnostic) {
        *error = path.string() + ": " + result.diagnostic->text;
        return nullptr;
    }
    b->rec_ = result.recording;
    // The lanes are built once per recording; timed apart from the frames.
    const double t1 = thread_cpu_ms();
    b->state_.model = timeline::build_model(*b->rec_);
    b->build_ms_ = thread_cpu_ms() - t1;
    b->state_.model_of = b->rec_.get();
    b->state_.model_events = b->rec_->size();
    b->timeline_frames_.reserve(static_cast<std::size_t>(frames));
    b->whole_frames_.reserve(static_cast<std::size_t>(frames));
    return b;
}

void TimelineBench::prepare_frame(int frame) {
    const timeline::Model& m = state_.model;
    const int cycle = frame / kCycleFrames;
    state_.axis = cycle % 2 == 0 ? timeline::Axis::Steps : timeline::Axis::Time;
    const double u = static_cast<double>(frame % kCycleFrames) / kCycleFrames;
    const double depth = u < 0.5 ? 2 * u : 2 - 2 * u;
    const timeline::Range domain = m.domain(state_.axis);
    const double width = domain.width() * std::pow(kDeepestZoom, depth);
    // The golden ratio's fractions visit the whole run evenly without repeating.
    const double where = std::fmod(static_cast<double>(frame) * 0.6180339887498949, 1.0);
    const double centre = domain.begin + where * domain.width();
    state_.view() = timeline::clamp_view({centre - width / 2, centre + width / 2}, domain,
                                         timeline::min_view_width(state_.axis));
    const double progress = frames_ > 1 ? static_cast<double>(frame) / (frames_ - 1) : 1.0;
    const auto task_lanes = static_cast<double>(m.lanes.size() - m.pinned_lanes);
    scroll_fraction_ = progress;
    const std::uint64_t n = rec_->size();
    cursor_ = n ? static_cast<std::uint64_t>(progress * static_cast<double>(n - 1)) : 0;
    state_.last_cursor = cursor_; // the sweep sets the view; the cursor must not re-centre it
    if (frame % 30 == 0 && task_lanes > 0)
        selection_.task =
            static_cast<record::TaskId>((frame / 30 * 37) % static_cast<int>(task_lanes)) + 1;
    state_.last_selected = selection_.task;
}

void TimelineBench::draw(const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    // Scrolls through every task lane over the run (the view clamps past the last screenful).
    const auto task_lanes =
        static_cast<float>(state_.model.lanes.size() - state_.model.pinned_lanes);
    state_.scroll_y = static_cast<float>(scroll_fraction_) * task_lanes * timeline_lane_height(ctx);
    const double t0 = thread_cpu_ms();
    draw_timeline_view(*rec_, state_, cursor_, selection_, ctx, pos, size);
    timeline_ms_ = thread_cpu_ms() - t0;
}

void TimelineBench::end_frame(double whole_ms) {
    timeline_frames_.push_back(timeline_ms_);
    whole_frames_.push_back(whole_ms);
}

void TimelineBench::print(std::ostream& out) const {
    const timeline::Model& m = state_.model;
    const Summary tl = summarise(timeline_frames_), whole = summarise(whole_frames_);
    const std::size_t frames = timeline_frames_.size();
    char buf[1024];
    std::snprintf(buf, sizeof buf,
                  "loopstep bench: %s: %llu events, %zu tasks, %zu thread lane(s), %zu frames\n"
                  "  recording the program: %.0f ms (wall); the timeline's lanes, built once: "
                  "%.0f ms\n"
                  "  frame 1 (builds the font atlas): timeline %.3f ms, whole UI %.3f ms\n",
                  path_.string().c_str(), static_cast<unsigned long long>(m.event_count),
                  m.lanes.size() - m.pinned_lanes, m.pinned_lanes - 1, frames, record_ms_,
                  build_ms_, frames ? timeline_frames_[0] : 0.0, frames ? whole_frames_[0] : 0.0);
    out << buf;
    if (frames < 2) return;
    std::snprintf(buf, sizeof buf,
                  "  frames 2-%zu, CPU per frame: timeline mean %.3f ms, worst %.3f ms; whole UI "
                  "mean %.3f ms, worst %.3f ms\n",
                  frames, tl.mean, tl.worst, whole.mean, whole.worst);
    out << buf;
}

} // namespace loopstep::app
