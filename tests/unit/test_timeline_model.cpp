// The timeline's preprocessing, as a student sees its results: which segments of a lane are
// drawn (culling), which narrow ones fold into one "busy" item (merging), where things land on
// the virtual-time and steps axes, which event a click picks, and zoom and pan staying inside the
// recording. Lanes here are built by hand with known segments; the last cases record small real
// programs whose timing follows from asyncio's rules (sleep(d) waits d seconds of virtual time).
#include "app/timeline_model.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <string>

using namespace loopstep::app::timeline;
using loopstep::record::MarkerKind;
using loopstep::record::WaitKind;

namespace {

// `count` segments of `width` events each, one after the other; event i happens at i/10 s.
Lane even_lane(std::size_t count, std::uint64_t width, SegmentKind a, SegmentKind b) {
    Lane lane;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint64_t begin = i * width, end = begin + width;
        add_segment(lane, {begin, end, begin / 10.0, end / 10.0, i % 2 ? b : a});
    }
    finish_lane(lane);
    return lane;
}

std::uint64_t never_called(double) {
    FAIL("the Steps axis needs no event times");
    return 0;
}

} // namespace

TEST_CASE("only the segments overlapping the view are drawn", "[timeline]") {
    Lane lane = even_lane(10, 10, SegmentKind::TaskReady, SegmentKind::TaskRunning);
    // Segments are [0,10), [10,20), ...: 25..45 touches the third, fourth and fifth.
    CHECK(visible_segments(lane.segments, Axis::Steps, 25, 45) ==
          std::pair<std::size_t, std::size_t>{2, 5});
    // The same on the time axis, where segment i spans i s to i + 1 s.
    CHECK(visible_segments(lane.segments, Axis::Time, 2.5, 4.5) ==
          std::pair<std::size_t, std::size_t>{2, 5});
    // Beyond either end: nothing.
    auto [f, l] = visible_segments(lane.segments, Axis::Steps, 200, 300);
    CHECK(f == l);
    auto [f2, l2] = visible_segments(lane.segments, Axis::Steps, -50, -1);
    CHECK(f2 == l2);
}

TEST_CASE("segments narrower than the fold width merge into one busy item", "[timeline]") {
    // 1000 one-event segments on 100 px: 0.1 px each, one item for the lot.
    Lane mixed = even_lane(1000, 1, SegmentKind::TaskReady, SegmentKind::TaskRunning);
    PixelMap map{{0, 1000}, 100};
    std::vector<DrawItem> items;
    fold_segments(mixed.segments, Axis::Steps, map, 3, items);
    REQUIRE(items.size() == 1);
    CHECK(items[0].count == 1000);
    CHECK(items[0].kind == SegmentKind::Mixed);
    CHECK(items[0].x0 == 0);
    CHECK(items[0].x1 == 100);

    // A run of one kind keeps that kind: the student still sees "waiting".
    Lane same = even_lane(1000, 1, SegmentKind::TaskWaiting, SegmentKind::TaskWaiting);
    items.clear();
    fold_segments(same.segments, Axis::Steps, map, 3, items);
    REQUIRE(items.size() == 1);
    CHECK(items[0].kind == SegmentKind::TaskWaiting);

    // Zoomed in to 10 px per event nothing folds.
    items.clear();
    fold_segments(mixed.segments, Axis::Steps, PixelMap{{0, 20}, 200}, 3, items);
    REQUIRE(items.size() == 20);
    for (const DrawItem& it : items) CHECK(it.count == 1);
    CHECK(items[3].x0 == 30);
    CHECK(items[3].x1 == 40);
}

TEST_CASE("a wide segment interrupts a folded run, and so does a gap", "[timeline]") {
    Lane lane;
    // Three one-event callbacks, a long one, then two far apart (1 px per event).
    add_segment(lane, {0, 1, 0, 0, SegmentKind::LoopCallback});
    add_segment(lane, {1, 2, 0, 0, SegmentKind::LoopCallback});
    add_segment(lane, {2, 3, 0, 0, SegmentKind::LoopWaiting});
    add_segment(lane, {3, 103, 0, 0, SegmentKind::LoopCallback});
    add_segment(lane, {200, 201, 0, 0, SegmentKind::LoopCallback});
    add_segment(lane, {300, 301, 0, 0, SegmentKind::LoopBlocked});
    finish_lane(lane);
    std::vector<DrawItem> items;
    fold_segments(lane.segments, Axis::Steps, PixelMap{{0, 400}, 400}, 3, items);
    REQUIRE(items.size() == 4);
    CHECK(items[0].count == 3);
    CHECK(items[0].kind == SegmentKind::Mixed);
    CHECK(items[1].count == 1);
    CHECK(items[1].kind == SegmentKind::LoopCallback);
    CHECK(items[1].x1 - items[1].x0 == 100);
    // A lone narrow segment stays itself, at least a pixel wide.
    CHECK(items[2].count == 1);
    CHECK(items[2].x0 == 200);
    CHECK(items[2].x1 >= 201);
    CHECK(items[3].kind == SegmentKind::LoopBlocked);
}

TEST_CASE("folding a million segments gives at most one item per fold width", "[timeline]") {
    Lane lane = even_lane(1'000'000, 1, SegmentKind::TaskReady, SegmentKind::TaskWaiting);
    // Segments 0.5 px wide: whatever the view, no more items than pixels / 3.
    for (double begin : {0.0, 123456.0, 999000.0 - 2000.0}) {
        std::vector<DrawItem> items;
        fold_segments(lane.segments, Axis::Steps, PixelMap{{begin, begin + 2000}, 1000}, 3, items);
        CHECK(!items.empty());
        CHECK(items.size() <= 1000 / 3 + 1);
    }
}

TEST_CASE("markers closer than the fold width become one, showing the gravest", "[timeline]") {
    std::vector<MarkerPoint> marks = {{10, 0, MarkerKind::Await},
                                      {11, 0, MarkerKind::Exception},
                                      {12, 0, MarkerKind::Woken},
                                      {90, 0, MarkerKind::Output}};
    std::vector<MarkerItem> items;
    fold_markers(marks, Axis::Steps, PixelMap{{0, 100}, 100}, 7, items);
    REQUIRE(items.size() == 2);
    CHECK(items[0].count == 3);
    CHECK(items[0].kind == MarkerKind::Exception);
    CHECK(items[1].kind == MarkerKind::Output);
    CHECK(items[1].x == Approx(90.5)); // the middle of event 90
}

TEST_CASE("the x axis is virtual time or event steps", "[timeline]") {
    const Segment s{5, 9, 0.5, 1.0, SegmentKind::TaskRunning};
    CHECK(x_begin(s, Axis::Steps) == 5);
    CHECK(x_end(s, Axis::Steps) == 9);
    CHECK(x_begin(s, Axis::Time) == 0.5);
    CHECK(x_end(s, Axis::Time) == 1.0);
    // The cursor sits inside the event it is at on the Steps axis, at its time on the Time axis.
    CHECK(cursor_x(7, 0.75, Axis::Steps) == 7.5);
    CHECK(cursor_x(7, 0.75, Axis::Time) == 0.75);

    const PixelMap map{{2, 12}, 200};
    CHECK(map.to_px(2) == 0);
    CHECK(map.to_px(7) == 100);
    CHECK(map.to_value(50) == 4.5);

    Model m;
    m.event_count = 500;
    m.end_time = 2.5;
    CHECK(m.domain(Axis::Steps).end == 500);
    CHECK(m.domain(Axis::Time).end == 2.5);
}

TEST_CASE("ticks are 1, 2 or 5 times a power of ten, labelled in the axis' unit", "[timeline]") {
    // 1 s over 1000 px, ticks at least 90 px apart: every 0.1 s.
    CHECK(tick_step(PixelMap{{0, 1}, 1000}, 90, Axis::Time) == Approx(0.1));
    CHECK(tick_step(PixelMap{{0, 0.1}, 1000}, 90, Axis::Time) == Approx(0.01));
    CHECK(tick_step(PixelMap{{0, 100000}, 1000}, 90, Axis::Steps) == 10000);
    CHECK(tick_step(PixelMap{{0, 3000}, 1000}, 90, Axis::Steps) == 500);
    // Never less than one event.
    CHECK(tick_step(PixelMap{{0, 10}, 1000}, 90, Axis::Steps) == 1);

    CHECK(tick_label(0.5, 0.1, Axis::Time) == "0.5 s");
    CHECK(tick_label(2, 1, Axis::Time) == "2 s");
    CHECK(tick_label(0.02, 0.01, Axis::Time) == "20 ms");
    CHECK(tick_label(0.0005, 0.0001, Axis::Time) == "0.5 ms");
    CHECK(tick_label(0.00002, 0.00001, Axis::Time) == "20 us");
    CHECK(tick_label(0, 0.01, Axis::Time) == "0");
    CHECK(tick_label(1500, 500, Axis::Steps) == "1,500");
    CHECK(tick_label(1000000, 500000, Axis::Steps) == "1,000,000");
}

TEST_CASE("the wheel zooms around the mouse and the view stays in the recording", "[timeline]") {
    const Range domain{0, 1000};
    // Zooming in by half around 25 keeps 25 a quarter of the way across.
    Range v = zoom_around({0, 100}, 25, 0.5, domain, 8);
    CHECK(v.begin == Approx(12.5));
    CHECK(v.end == Approx(62.5));
    // Out beyond the whole recording: the whole recording.
    v = zoom_around({0, 100}, 50, 100, domain, 8);
    CHECK(v.begin == 0);
    CHECK(v.end == 1000);
    // In beyond the narrowest view: the narrowest view.
    v = zoom_around({0, 100}, 50, 0.001, domain, 8);
    CHECK(v.width() == Approx(8));
    CHECK(v.begin == Approx(46));
    // Zooming out at the right edge does not show past the end.
    v = zoom_around({900, 1000}, 990, 2, domain, 8);
    CHECK(v.end == 1000);
    CHECK(v.width() == Approx(200));
}

TEST_CASE("dragging pans the view with the mouse, stopping at the ends", "[timeline]") {
    const Range domain{0, 1000};
    // 100 units on 100 px: dragging 50 px right shows what was 50 units to the left.
    Range v = pan_pixels({100, 200}, 50, 100, domain);
    CHECK(v.begin == Approx(50));
    CHECK(v.end == Approx(150));
    v = pan_pixels({100, 200}, 500, 100, domain);
    CHECK(v.begin == 0);
    CHECK(v.end == 100);
    v = pan_pixels({100, 200}, -5000, 100, domain);
    CHECK(v.begin == 900);
    CHECK(v.end == 1000);
}

TEST_CASE("a click picks the event under it, on the lane clicked", "[timeline]") {
    // A task ready for events 0..9, running 10..19, waiting from event 20 (t=0) until event 30
    // woke it at t=1; an await marker at event 19.
    Lane lane;
    add_segment(lane, {0, 10, 0, 0, SegmentKind::TaskReady});
    add_segment(lane, {10, 20, 0, 0, SegmentKind::TaskRunning});
    add_segment(lane, {20, 30, 0, 1, SegmentKind::TaskWaiting, WaitKind::Sleep});
    add_segment(lane, {30, 40, 1, 1, SegmentKind::TaskRunning});
    finish_lane(lane);
    lane.markers.push_back({19, 0, MarkerKind::Await});

    // Steps: 10 px per event.
    const PixelMap steps{{0, 40}, 400};
    CHECK(event_at_pixel(lane, Axis::Steps, steps, 55, 4, 40, never_called) == 5u);
    CHECK(event_at_pixel(lane, Axis::Steps, steps, 252, 4, 40, never_called) == 25u);
    // Within 4 px of the marker (drawn at 195 px): the marker's event.
    CHECK(event_at_pixel(lane, Axis::Steps, steps, 198, 4, 40, never_called) == 19u);

    // Time: events 0..29 happen at t=0, 30..39 at t=1. Half-way through the sleep the first
    // event at or after t=0.5 is event 30, which already ran the task again: the click stays on
    // the waiting segment's last event.
    auto first_at = [](double t) -> std::uint64_t { return t <= 0 ? 0 : 30; };
    const PixelMap time{{0, 1}, 100};
    CHECK(event_at_pixel(lane, Axis::Time, time, 50, 4, 40, first_at) == 29u);
    // After the end: the last event.
    CHECK(event_at_pixel(lane, Axis::Steps, PixelMap{{0, 80}, 400}, 399, 4, 40, never_called) ==
          39u);
    // An empty recording has no event to pick.
    CHECK_FALSE(event_at_pixel(Lane{}, Axis::Steps, steps, 10, 4, 0, never_called));
}

TEST_CASE("segments stay sorted and disjoint as they are added", "[timeline]") {
    Lane lane;
    add_segment(lane, {0, 10, 0, 1, SegmentKind::LoopCallback});
    add_segment(lane, {5, 12, 0.5, 2, SegmentKind::LoopCallback}); // overlaps: clipped
    finish_lane(lane);
    REQUIRE(lane.segments.size() == 2);
    CHECK(lane.segments[1].begin == 10);
    CHECK(lane.segments[1].begin_time == 1);
    // A run of one kind is known without scanning it.
    CHECK(lane.segments[0].same_kind_end == 2);
}

namespace {

std::shared_ptr<const loopstep::record::Recording> record_source(const std::string& source) {
    auto result = loopstep::record::record_program("timeline_case.py", source);
    REQUIRE(result.recording);
    REQUIRE_FALSE(result.diagnostic);
    return result.recording;
}

void check_sorted_and_disjoint(const Lane& lane) {
    for (std::size_t i = 1; i < lane.segments.size(); ++i) {
        CHECK(lane.segments[i - 1].end <= lane.segments[i].begin);
        CHECK(lane.segments[i - 1].end_time <= lane.segments[i].begin_time);
    }
    for (std::size_t i = 1; i < lane.markers.size(); ++i)
        CHECK(lane.markers[i - 1].index <= lane.markers[i].index);
}

} // namespace

TEST_CASE("a recorded program gives the loop's lane and a lane per task", "[timeline]") {
    // Two children sleep 0.1 s and 0.2 s; main awaits both. asyncio names tasks Task-1, 2, 3 in
    // creation order, and the run ends when the longer sleep does, at t=0.2. asyncio.run then
    // runs loop.shutdown_asyncgens() and loop.shutdown_default_executor() as Task-4 and Task-5.
    auto rec = record_source("import asyncio\n"
                             "async def child(n):\n"
                             "    await asyncio.sleep(0.1 * n)\n"
                             "    print('child', n)\n"
                             "async def main():\n"
                             "    t1 = asyncio.create_task(child(1))\n"
                             "    t2 = asyncio.create_task(child(2))\n"
                             "    await t1\n"
                             "    await t2\n"
                             "asyncio.run(main())\n");
    Model m = build_model(*rec);
    CHECK(m.event_count == rec->size());
    CHECK(m.end_time == Approx(0.2));
    REQUIRE(m.lanes.size() == 6);
    CHECK(m.pinned_lanes == 1);
    CHECK(m.lanes[0].kind == LaneKind::Loop);
    CHECK(m.lanes[1].name == "Task-1 main");
    CHECK(m.lanes[2].name == "Task-2 child");
    CHECK(m.lanes[3].name == "Task-3 child");
    CHECK(m.lanes[4].name == "Task-4 BaseEventLoop.shutdown_asyncgens");
    for (const Lane& lane : m.lanes) check_sorted_and_disjoint(lane);

    // Task-3 sleeps 0.2 s: on the Time axis a waiting segment (on a sleep) spans 0 to 0.2, and
    // the task ends done; its lane reaches the end of the recording.
    const Lane& t3 = m.lanes[3];
    bool slept = false;
    for (const Segment& s : t3.segments)
        if (s.kind == SegmentKind::TaskWaiting && s.wait == WaitKind::Sleep)
            slept = s.begin_time == Approx(0.0) && s.end_time == Approx(0.2);
    CHECK(slept);
    REQUIRE_FALSE(t3.segments.empty());
    CHECK(t3.segments.back().kind == SegmentKind::TaskDone);
    CHECK(t3.segments.back().end == m.event_count);
    // Its markers: created, an await, and what it printed.
    auto has = [&](const Lane& l, MarkerKind k) {
        for (const MarkerPoint& p : l.markers)
            if (p.kind == k) return true;
        return false;
    };
    CHECK(has(t3, MarkerKind::Created));
    CHECK(has(t3, MarkerKind::Await));
    CHECK(has(t3, MarkerKind::Output));
    CHECK_FALSE(has(m.lanes[1], MarkerKind::Output)); // main prints nothing

    // While both children sleep the loop's thread waits for the next timer.
    bool waited = false;
    for (const Segment& s : m.lanes[0].segments)
        if (s.kind == SegmentKind::LoopWaiting) waited = true;
    CHECK(waited);

    // A click on the Time axis at t=0.15 on Task-3's lane lands on an event where it still sleeps.
    const PixelMap time{m.domain(Axis::Time), 200};
    auto e = event_at_pixel(t3, Axis::Time, time, 150, 1, m.event_count,
                            [&](double t) { return first_event_at_time(*rec, t); });
    REQUIRE(e);
    CHECK(rec->state_at(*e).tasks[2].state == loopstep::record::TaskState::Waiting);
}

TEST_CASE("a blocking call shows as blocked on the loop's lane", "[timeline]") {
    // time.sleep(0.5) in a coroutine holds the loop's thread for 0.5 s of virtual time.
    auto rec = record_source("import asyncio, time\n"
                             "async def main():\n"
                             "    time.sleep(0.5)\n"
                             "asyncio.run(main())\n");
    Model m = build_model(*rec);
    CHECK(m.pinned_lanes == 1);
    check_sorted_and_disjoint(m.lanes[0]);
    int blocked = 0;
    for (const Segment& s : m.lanes[0].segments) {
        if (s.kind != SegmentKind::LoopBlocked) continue;
        ++blocked;
        CHECK(s.begin_time == Approx(0.0));
        CHECK(s.end_time == Approx(0.5));
    }
    CHECK(blocked == 1);
    CHECK(m.end_time == Approx(0.5));
}
