// Benchmark mode (`loopstep --bench-frames N`): records a program, then for N frames draws the
// Timeline pane under the rest of the UI while zooming in and out, panning, scrolling through the
// task lanes and moving the cursor, and reports the CPU time per frame of the timeline alone and of
// the whole UI. The target is under 8 ms per frame on a 1,000,000-event recording of 10,000
// tasks (tests/bench/timeline_10k.py); README.md has the figures.
//
// CPU time is the main thread's (CLOCK_THREAD_CPUTIME_ID): the app's own work building the frame
// and handing its draw lists to OpenGL, not a software rasteriser's threads (llvmpipe under Xvfb),
// which a real GPU does instead.
#pragma once

#include "app/task_style.h"
#include "app/timeline_view.h"
#include "app/view_context.h"

#include <imgui.h>

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace loopstep::app {

// CPU time of the calling thread, in milliseconds.
double thread_cpu_ms();

class TimelineBench {
  public:
    // Records `path`. On failure returns nothing and sets `error`.
    static std::unique_ptr<TimelineBench> start(const std::filesystem::path& path, int frames,
                                                std::string* error);

    // Sets the view, axis, scroll, cursor and selection of frame `frame` (0-based) of the sweep.
    void prepare_frame(int frame);
    // The Timeline pane for Ui::frame, timed.
    void draw(const ViewContext& ctx, ImVec2 pos, ImVec2 size);
    // The whole frame's CPU time, measured by the caller around Ui::frame and Ui::render.
    void end_frame(double whole_ms);

    void print(std::ostream& out) const;

  private:
    TimelineBench() = default;
    std::filesystem::path path_;
    int frames_ = 0;
    std::shared_ptr<const record::Recording> rec_;
    double record_ms_ = 0, build_ms_ = 0;
    TimelineState state_;
    std::uint64_t cursor_ = 0;
    double scroll_fraction_ = 0; // how far down the task lanes this frame is
    Selection selection_;
    double timeline_ms_ = 0; // this frame's
    std::vector<double> timeline_frames_, whole_frames_;
};

} // namespace loopstep::app
