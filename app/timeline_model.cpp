// The timeline's lanes, culling, folding, axis and click maths; see timeline_model.h.
#include "app/timeline_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace loopstep::app::timeline {

using record::MarkerKind;
using record::TaskState;

std::optional<TaskState> task_state_of(SegmentKind k) {
    switch (k) {
    case SegmentKind::TaskReady: return TaskState::Ready;
    case SegmentKind::TaskRunning: return TaskState::Running;
    case SegmentKind::TaskWaiting: return TaskState::Waiting;
    case SegmentKind::TaskDone: return TaskState::Done;
    case SegmentKind::TaskCancelled: return TaskState::Cancelled;
    case SegmentKind::TaskFailed: return TaskState::Failed;
    default: return std::nullopt;
    }
}

namespace {

SegmentKind kind_of(TaskState s) {
    switch (s) {
    case TaskState::Ready: return SegmentKind::TaskReady;
    case TaskState::Running: return SegmentKind::TaskRunning;
    case TaskState::Waiting: return SegmentKind::TaskWaiting;
    case TaskState::Done: return SegmentKind::TaskDone;
    case TaskState::Cancelled: return SegmentKind::TaskCancelled;
    case TaskState::Failed: return SegmentKind::TaskFailed;
    }
    return SegmentKind::TaskReady;
}

// Folded markers show the kind a student most needs to notice.
int marker_priority(MarkerKind k) {
    switch (k) {
    case MarkerKind::Exception:
    case MarkerKind::Failed: return 7;
    case MarkerKind::Cancelled: return 6;
    case MarkerKind::Warning: return 5;
    case MarkerKind::Output: return 4;
    case MarkerKind::Created: return 3;
    case MarkerKind::Woken: return 2;
    case MarkerKind::Await: return 1;
    }
    return 0;
}

// How many folded markers are looked at to pick the one shown; beyond that the fold is a crowd.
constexpr std::uint32_t kMarkerFoldScan = 64;

} // namespace

void add_segment(Lane& lane, Segment seg) {
    std::vector<Segment>& segs = lane.segments;
    if (!segs.empty()) {
        // Lanes stay sorted and disjoint even if the recording's intervals touch or overlap.
        const Segment& prev = segs.back();
        seg.begin = std::max(seg.begin, prev.end);
        seg.end = std::max(seg.end, seg.begin);
        seg.begin_time = std::max(seg.begin_time, prev.end_time);
        seg.end_time = std::max(seg.end_time, seg.begin_time);
    }
    segs.push_back(seg);
}

void finish_lane(Lane& lane) {
    std::vector<Segment>& segs = lane.segments;
    const auto n = static_cast<std::uint32_t>(segs.size());
    for (std::uint32_t i = n; i-- > 0;) {
        const bool joins_next = i + 1 < n && segs[i + 1].kind == segs[i].kind;
        segs[i].same_kind_end = joins_next ? segs[i + 1].same_kind_end : i + 1;
    }
}

Range Model::domain(Axis axis) const {
    if (axis == Axis::Steps)
        return {0, static_cast<double>(std::max<std::uint64_t>(event_count, 1))};
    return {0, std::max(end_time, 1e-3)};
}

Model build_model(const record::Recording& rec) {
    Model m;
    m.event_count = rec.size();
    m.end_time = m.event_count ? rec.event(m.event_count - 1).time : 0;
    const std::uint64_t n = m.event_count;

    // The loop's lane, then one per executor thread.
    const auto threads = static_cast<std::uint32_t>(std::max<std::size_t>(rec.thread_count(), 1));
    std::vector<std::size_t> thread_lane(threads, 0);
    m.lanes.push_back(Lane{LaneKind::Loop, 0, "event loop", {}, {}});
    for (std::uint32_t t = 1; t < threads; ++t) {
        thread_lane[t] = m.lanes.size();
        m.lanes.push_back(Lane{LaneKind::Thread, t, rec.thread_name(t), {}, {}});
    }
    m.pinned_lanes = m.lanes.size();

    // Callbacks and timer waits do not overlap; a blocking call sits inside its callback, which
    // is split around it so that the lane stays a flat, sorted list.
    std::vector<record::LoopInterval> loop = rec.loop_intervals();
    std::stable_sort(loop.begin(), loop.end(),
                     [](const auto& a, const auto& b) { return a.begin < b.begin; });
    std::vector<record::LoopInterval> blocked;
    for (const auto& iv : loop)
        if (iv.kind == record::LoopSegment::Blocked) blocked.push_back(iv);
    std::size_t next_block = 0;
    for (const auto& iv : loop) {
        if (iv.kind == record::LoopSegment::Blocked) continue;
        Lane& lane = m.lanes[0];
        if (iv.kind == record::LoopSegment::Waiting) {
            add_segment(lane, {iv.begin, iv.begin + 1, iv.begin_time, iv.end_time,
                               SegmentKind::LoopWaiting});
            continue;
        }
        std::uint64_t from = iv.begin;
        double from_time = iv.begin_time;
        while (next_block < blocked.size() && blocked[next_block].begin <= iv.end) {
            const auto& b = blocked[next_block++];
            if (b.begin < iv.begin) continue;
            add_segment(lane, {from, b.begin, from_time, b.begin_time, SegmentKind::LoopCallback});
            add_segment(lane,
                        {b.begin, b.begin + 1, b.begin_time, b.end_time, SegmentKind::LoopBlocked});
            from = b.begin + 1;
            from_time = b.end_time;
        }
        add_segment(lane, {from, iv.end + 1, from_time, iv.end_time, SegmentKind::LoopCallback});
    }

    for (const auto& iv : rec.thread_intervals()) {
        if (iv.thread == 0 || iv.thread >= threads) continue;
        add_segment(m.lanes[thread_lane[iv.thread]],
                    {iv.begin, iv.end, iv.begin_time, iv.end_time, SegmentKind::ThreadRunning});
    }

    const std::size_t first_task_lane = m.lanes.size();
    const auto tasks = static_cast<record::TaskId>(rec.task_count());
    m.lanes.reserve(first_task_lane + tasks);
    for (record::TaskId t = 1; t <= tasks; ++t) {
        record::TaskView v = rec.task(t);
        m.lanes.push_back(Lane{LaneKind::Task, t, v.name + " " + v.coro, {}, {}});
    }
    const auto& ivs = rec.task_intervals();
    for (std::size_t i = 0; i < ivs.size(); ++i) {
        const record::TaskInterval& iv = ivs[i];
        if (iv.task == 0 || iv.task > tasks) continue;
        const bool last_of_task = i + 1 == ivs.size() || ivs[i + 1].task != iv.task;
        // The recording closes a task's last state at the last event; it lasts to the end.
        const std::uint64_t end = last_of_task && iv.end + 1 == n ? n : iv.end;
        add_segment(m.lanes[first_task_lane + iv.task - 1],
                    {iv.begin, end, iv.begin_time, iv.end_time, kind_of(iv.state), iv.wait});
    }

    for (const record::Marker& mk : rec.markers()) {
        std::size_t lane = 0;
        if (mk.task != 0 && mk.task <= tasks)
            lane = first_task_lane + mk.task - 1;
        else if (mk.thread < threads)
            lane = thread_lane[mk.thread];
        m.lanes[lane].markers.push_back({mk.index, mk.time, mk.kind});
    }
    for (Lane& lane : m.lanes) finish_lane(lane);
    return m;
}

// ---- the x axis
// ----------------------------------------------------------------------------------

double x_begin(const Segment& s, Axis axis) {
    return axis == Axis::Steps ? static_cast<double>(s.begin) : s.begin_time;
}
double x_end(const Segment& s, Axis axis) {
    return axis == Axis::Steps ? static_cast<double>(s.end) : s.end_time;
}
double x_of(const MarkerPoint& m, Axis axis) {
    return axis == Axis::Steps ? static_cast<double>(m.index) + 0.5 : m.time;
}
double cursor_x(std::uint64_t cursor, double cursor_time, Axis axis) {
    return axis == Axis::Steps ? static_cast<double>(cursor) + 0.5 : cursor_time;
}

float PixelMap::to_px(double v) const {
    // Far-off values are clipped before the float conversion so deep zooms stay exact on screen.
    double px = (v - view.begin) * px_per_unit();
    return static_cast<float>(std::clamp(px, -1e6, 1e6));
}
double PixelMap::to_value(float px) const {
    return view.begin + static_cast<double>(px) / px_per_unit();
}

// ---- culling and folding ----------------------------------------------------------------------

std::pair<std::size_t, std::size_t> visible_segments(const std::vector<Segment>& segs, Axis axis,
                                                     double v0, double v1) {
    // Disjoint and sorted, so both ends grow along the lane.
    auto first = std::partition_point(segs.begin(), segs.end(),
                                      [&](const Segment& s) { return x_end(s, axis) < v0; });
    auto last = std::partition_point(first, segs.end(),
                                     [&](const Segment& s) { return x_begin(s, axis) < v1; });
    return {static_cast<std::size_t>(first - segs.begin()),
            static_cast<std::size_t>(last - segs.begin())};
}

std::pair<std::size_t, std::size_t> visible_markers(const std::vector<MarkerPoint>& marks,
                                                    Axis axis, double v0, double v1) {
    auto first = std::partition_point(marks.begin(), marks.end(),
                                      [&](const MarkerPoint& m) { return x_of(m, axis) < v0; });
    auto last = std::partition_point(first, marks.end(),
                                     [&](const MarkerPoint& m) { return x_of(m, axis) <= v1; });
    return {static_cast<std::size_t>(first - marks.begin()),
            static_cast<std::size_t>(last - marks.begin())};
}

void fold_segments(const std::vector<Segment>& segs, Axis axis, const PixelMap& map, float min_px,
                   std::vector<DrawItem>& out) {
    auto [first, last] = visible_segments(segs, axis, map.view.begin, map.view.end);
    const double min_units = min_px / map.px_per_unit();
    const float lo = -2, hi = map.width + 2;
    auto clip = [&](float x) { return std::clamp(x, lo, hi); };
    std::size_t i = first;
    while (i < last) {
        const Segment& s = segs[i];
        const double b = x_begin(s, axis);
        double run_end = x_end(s, axis);
        if (run_end - b >= min_units) {
            out.push_back({clip(map.to_px(b)), clip(map.to_px(run_end)), s.kind,
                           static_cast<std::uint32_t>(i), 1});
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < last) {
            // Everything ending within min_px of the run joins it at once.
            const double limit = run_end + min_units;
            auto k = std::partition_point(segs.begin() + static_cast<std::ptrdiff_t>(j),
                                          segs.begin() + static_cast<std::ptrdiff_t>(last),
                                          [&](const Segment& t) { return x_end(t, axis) < limit; });
            const auto kj = static_cast<std::size_t>(k - segs.begin());
            if (kj > j) run_end = x_end(segs[kj - 1], axis);
            j = kj;
            if (j >= last) break;
            const Segment& next = segs[j];
            const double nb = x_begin(next, axis), ne = x_end(next, axis);
            if (nb - run_end >= min_units || ne - nb >= min_units) break;
            run_end = ne;
            ++j;
        }
        const float x0 = clip(map.to_px(b));
        const float x1 = clip(std::max(map.to_px(run_end), x0 + 1));
        const SegmentKind kind = s.same_kind_end >= j ? s.kind : SegmentKind::Mixed;
        out.push_back(
            {x0, x1, kind, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j - i)});
        i = j;
    }
}

void fold_markers(const std::vector<MarkerPoint>& marks, Axis axis, const PixelMap& map,
                  float min_px, std::vector<MarkerItem>& out) {
    auto [first, last] = visible_markers(marks, axis, map.view.begin, map.view.end);
    const double min_units = min_px / map.px_per_unit();
    std::size_t i = first;
    while (i < last) {
        const double v = x_of(marks[i], axis);
        auto k = std::partition_point(
            marks.begin() + static_cast<std::ptrdiff_t>(i) + 1,
            marks.begin() + static_cast<std::ptrdiff_t>(last),
            [&](const MarkerPoint& m) { return x_of(m, axis) < v + min_units; });
        const auto j = static_cast<std::size_t>(k - marks.begin());
        MarkerKind shown = marks[i].kind;
        const std::size_t scan_end = std::min<std::size_t>(j, i + kMarkerFoldScan);
        for (std::size_t s = i + 1; s < scan_end; ++s)
            if (marker_priority(marks[s].kind) > marker_priority(shown)) shown = marks[s].kind;
        out.push_back({map.to_px(v), shown, static_cast<std::uint32_t>(i),
                       static_cast<std::uint32_t>(j - i)});
        i = j;
    }
}

// ---- zoom, pan, ticks --------------------------------------------------------------------------

double min_view_width(Axis axis) {
    return axis == Axis::Steps ? 8.0 : 1e-6;
}

Range clamp_view(Range v, Range domain, double min_width) {
    const double full = domain.width();
    const double width = std::clamp(v.width(), std::min(min_width, full), full);
    double begin = v.begin;
    if (!std::isfinite(begin)) begin = domain.begin;
    begin = std::clamp(begin, domain.begin, domain.end - width);
    return {begin, begin + width};
}

Range zoom_around(Range v, double anchor, double factor, Range domain, double min_width) {
    const double width =
        std::clamp(v.width() * factor, std::min(min_width, domain.width()), domain.width());
    const double frac = (anchor - v.begin) / v.width();
    const double begin = anchor - frac * width;
    return clamp_view({begin, begin + width}, domain, min_width);
}

Range pan_pixels(Range v, float pixels, float width, Range domain) {
    const double delta = -static_cast<double>(pixels) * v.width() / width;
    return clamp_view({v.begin + delta, v.end + delta}, domain, 0);
}

double tick_step(const PixelMap& map, float min_px, Axis axis) {
    const double want = min_px / map.px_per_unit();
    double step = std::pow(10.0, std::floor(std::log10(want)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (step * m >= want * (1 - 1e-9)) {
            step *= m;
            break;
        }
    }
    return axis == Axis::Steps ? std::max(1.0, std::round(step)) : step;
}

std::string tick_label(double value, double step, Axis axis) {
    char buf[64];
    if (axis == Axis::Steps) {
        auto v = static_cast<long long>(std::llround(value));
        std::string digits = std::to_string(v < 0 ? -v : v);
        std::string grouped;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i && (digits.size() - i) % 3 == 0) grouped += ',';
            grouped += digits[i];
        }
        return v < 0 ? "-" + grouped : grouped;
    }
    if (std::fabs(value) < step * 1e-6) return "0";
    const char* unit = "s";
    double scale = 1;
    if (step < 1e-4) {
        unit = "us";
        scale = 1e6;
    } else if (step < 0.1) {
        unit = "ms";
        scale = 1e3;
    }
    const double scaled_step = step * scale;
    const int decimals =
        scaled_step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(scaled_step) - 1e-9));
    std::snprintf(buf, sizeof buf, "%.*f %s", decimals, value * scale, unit);
    return buf;
}

// ---- clicks ------------------------------------------------------------------------------------

std::optional<std::uint64_t>
event_at_pixel(const Lane& lane, Axis axis, const PixelMap& map, float px, float marker_px,
               std::uint64_t event_count,
               const std::function<std::uint64_t(double)>& first_event_at) {
    if (event_count == 0) return std::nullopt;
    const double v = map.to_value(px);

    auto [mf, ml] = visible_markers(lane.markers, axis, map.to_value(px - marker_px),
                                    map.to_value(px + marker_px));
    if (mf < ml) {
        std::size_t best = mf;
        for (std::size_t i = mf + 1; i < ml; ++i)
            if (std::fabs(x_of(lane.markers[i], axis) - v) <
                std::fabs(x_of(lane.markers[best], axis) - v))
                best = i;
        return lane.markers[best].index;
    }

    std::uint64_t e = 0;
    if (axis == Axis::Steps)
        e = v <= 0 ? 0 : static_cast<std::uint64_t>(std::floor(v));
    else
        e = first_event_at(v);
    e = std::min(e, event_count - 1);

    const auto& segs = lane.segments;
    auto it = std::partition_point(segs.begin(), segs.end(),
                                   [&](const Segment& s) { return x_end(s, axis) < v; });
    if (it != segs.end() && x_begin(*it, axis) <= v) {
        const std::uint64_t last = it->end > it->begin ? it->end - 1 : it->begin;
        e = std::clamp(e, it->begin, std::min(last, event_count - 1));
    }
    return e;
}

std::uint64_t first_event_at_time(const record::Recording& rec, double t) {
    std::uint64_t lo = 0, hi = rec.size();
    while (lo < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (rec.event(mid).time < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace loopstep::app::timeline
