// The timeline's data and maths, without ImGui (so it is unit-tested): the lanes built once from a
// recording (the loop's thread, each executor thread, each task), and what a frame needs to draw
// them fast on big recordings, the way Tracy draws its timeline: the visible part of a lane found
// by binary search, runs of segments narrower than a few pixels folded into one "busy" item, and
// markers thinned to one per few pixels. Also the x axis (virtual time or event steps), zoom and
// pan, tick spacing, and the click → event mapping.
//
// Coordinates: on the Steps axis event i covers [i, i + 1); on the Time axis x is virtual seconds.
#pragma once

#include "core/record/recording.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace loopstep::app::timeline {

enum class Axis : std::uint8_t { Time, Steps };

enum class SegmentKind : std::uint8_t {
    TaskReady,
    TaskRunning,
    TaskWaiting,
    TaskDone,
    TaskCancelled,
    TaskFailed,
    LoopCallback,  // the loop's thread runs a callback
    LoopBlocked,   // a synchronous call holds the loop's thread inside a callback
    LoopWaiting,   // select() waits for the next timer
    ThreadRunning, // an executor thread holds the interpreter
    Mixed,         // a folded run of several kinds (only in draw items)
};

// The task state a task segment shows; nothing for the other kinds.
std::optional<record::TaskState> task_state_of(SegmentKind k);

struct Segment {
    std::uint64_t begin = 0, end = 0; // events [begin, end)
    double begin_time = 0, end_time = 0;
    SegmentKind kind = SegmentKind::TaskReady;
    record::WaitKind wait = record::WaitKind::None; // TaskWaiting: on what
    // The first segment after this one (in its lane) of another kind: a folded run [i, j) is of
    // one kind when same_kind_end of i >= j, found without scanning the run.
    std::uint32_t same_kind_end = 0;
};

struct MarkerPoint {
    std::uint64_t index = 0;
    double time = 0;
    record::MarkerKind kind = record::MarkerKind::Created;
};

enum class LaneKind : std::uint8_t { Loop, Thread, Task };

struct Lane {
    LaneKind kind = LaneKind::Task;
    std::uint32_t id = 0;             // TaskId or ThreadId
    std::string name;                 // "event loop", "Thread-1 (work)", "Task-2 worker"
    std::vector<Segment> segments;    // in order, disjoint
    std::vector<MarkerPoint> markers; // in order
};

// Appends `seg` to `lane`, clipped so that the lane stays sorted and disjoint.
void add_segment(Lane& lane, Segment seg);
// Sets same_kind_end once every segment is in.
void finish_lane(Lane& lane);

struct Range {
    double begin = 0, end = 1;
    double width() const { return end - begin; }
};

struct Model {
    std::vector<Lane> lanes;      // the loop's lane, the thread lanes, then the tasks by id
    std::size_t pinned_lanes = 0; // the loop and thread lanes, drawn above the scrolling tasks
    std::uint64_t event_count = 0;
    double end_time = 0;

    // The whole recording on an axis.
    Range domain(Axis axis) const;
};

Model build_model(const record::Recording& rec);

// ---- the x axis
// ----------------------------------------------------------------------------------

double x_begin(const Segment& s, Axis axis);
double x_end(const Segment& s, Axis axis);
double x_of(const MarkerPoint& m, Axis axis); // the middle of its event on the Steps axis
// Where the cursor (the state after event `cursor`) sits: inside the segment that holds it.
double cursor_x(std::uint64_t cursor, double cursor_time, Axis axis);

// Maps axis values in `view` onto pixels [0, width).
struct PixelMap {
    Range view;
    float width = 1;
    double px_per_unit() const { return width / view.width(); }
    float to_px(double v) const;
    double to_value(float px) const;
};

// ---- culling and folding ----------------------------------------------------------------------

// The segments [first, last) of `segs` that overlap [v0, v1], by binary search.
std::pair<std::size_t, std::size_t> visible_segments(const std::vector<Segment>& segs, Axis axis,
                                                     double v0, double v1);
std::pair<std::size_t, std::size_t> visible_markers(const std::vector<MarkerPoint>& marks,
                                                    Axis axis, double v0, double v1);

struct DrawItem {
    float x0 = 0, x1 = 0;                  // pixels, clipped to a little beyond [0, width]
    SegmentKind kind = SegmentKind::Mixed; // Mixed when a folded run holds several kinds
    std::uint32_t first = 0;               // the segments [first, first + count)
    std::uint32_t count = 1;               // more than 1: a folded run
};

// What to draw for the segments of `segs` visible in `map`: a segment at least `min_px` wide is
// drawn as itself; a run of narrower neighbours (less than `min_px` apart) becomes one item. Skips
// ahead by binary search, so the cost grows with the pixels, not with the segments.
void fold_segments(const std::vector<Segment>& segs, Axis axis, const PixelMap& map, float min_px,
                   std::vector<DrawItem>& out);

struct MarkerItem {
    float x = 0;
    record::MarkerKind kind = record::MarkerKind::Created;
    std::uint32_t first = 0;
    std::uint32_t count = 1; // markers closer than min_px to the first fold into it
};
void fold_markers(const std::vector<MarkerPoint>& marks, Axis axis, const PixelMap& map,
                  float min_px, std::vector<MarkerItem>& out);

// ---- zoom, pan, ticks --------------------------------------------------------------------------

// The narrowest view: 8 events, or a microsecond of virtual time.
double min_view_width(Axis axis);
// `v` moved inside `domain` and at least min_width wide (at most the domain's width).
Range clamp_view(Range v, Range domain, double min_width);
// Zooms by `factor` (< 1 zooms in) keeping the value `anchor` at the same pixel.
Range zoom_around(Range v, double anchor, double factor, Range domain, double min_width);
// Moves the view by `pixels` to the right (the content follows the mouse: dragging right shows
// earlier events).
Range pan_pixels(Range v, float pixels, float width, Range domain);

// The spacing of axis ticks: 1, 2 or 5 times a power of ten, the smallest at least min_px apart
// (whole numbers on the Steps axis).
double tick_step(const PixelMap& map, float min_px, Axis axis);
// "0.25 s", "120 ms", "1,500": as precise as `step` needs.
std::string tick_label(double value, double step, Axis axis);

// ---- clicks ------------------------------------------------------------------------------------

// The event a click at pixel `px` on `lane` picks: a marker within `marker_px` of the click, else
// the event under the click on the Steps axis, or on the Time axis the first event at or after
// that instant (`first_event_at` answers that); both kept inside the segment clicked, so a click
// on a lane lands on that lane's state. Nothing outside the recording.
std::optional<std::uint64_t>
event_at_pixel(const Lane& lane, Axis axis, const PixelMap& map, float px, float marker_px,
               std::uint64_t event_count,
               const std::function<std::uint64_t(double)>& first_event_at);

// The first event of `rec` whose virtual time is >= t (size() when none), by binary search.
std::uint64_t first_event_at_time(const record::Recording& rec, double t);

} // namespace loopstep::app::timeline
