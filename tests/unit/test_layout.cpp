// The app's fixed layout: every pane on screen, side by side without overlap, at least the
// minimum size at 1280x800 and at 4K; splitters move their edge and stop at the minimum; the
// fractions survive imgui.ini.
#include "app/layout.h"

#include <catch2/catch.hpp>

using namespace loopstep::app;

namespace {

bool inside(const Rect& r, const Rect& area) {
    return r.x >= area.x - 0.01f && r.y >= area.y - 0.01f && r.x + r.w <= area.x + area.w + 0.01f &&
           r.y + r.h <= area.y + area.h + 0.01f;
}

bool overlap(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w - 0.01f && b.x < a.x + a.w - 0.01f && a.y < b.y + b.h - 0.01f &&
           b.y < a.y + a.h - 0.01f;
}

void check_panes(const Rect& area, const LayoutFractions& f, float gap, float min) {
    PaneRects r = compute_layout(area, f, gap, min);
    const Rect panes[] = {r.lesson, r.source, r.tasks, r.loop, r.timeline, r.console};
    for (const Rect& p : panes) {
        CHECK(inside(p, area));
        CHECK(p.w >= min - 0.01f);
        CHECK(p.h >= min - 0.01f);
    }
    for (size_t i = 0; i < 6; ++i)
        for (size_t j = i + 1; j < 6; ++j) CHECK_FALSE(overlap(panes[i], panes[j]));
    // Source is the widest pane of the top row.
    CHECK(r.source.w > r.lesson.w);
    CHECK(r.source.w > r.tasks.w);
}

} // namespace

TEST_CASE("the default layout fits 1280x800 and 4K", "[layout]") {
    // 1280x800 minus a menu bar, a toolbar and a status bar; 4K at scale 2.
    check_panes({0, 52, 1280, 720}, LayoutFractions{}, 5, 90);
    check_panes({0, 104, 3840, 1950}, LayoutFractions{}, 10, 180);
}

TEST_CASE("a splitter moves its edge and stops at the minimum size", "[layout]") {
    const Rect area{0, 0, 1280, 700};
    LayoutFractions f;
    const PaneRects before = compute_layout(area, f, 5, 90);
    drag_splitter(f, Splitter::Left, 40, area, 5, 90);
    PaneRects after = compute_layout(area, f, 5, 90);
    CHECK(after.lesson.w == Approx(before.lesson.w + 40).margin(0.5));
    CHECK(after.tasks.w == Approx(before.tasks.w).margin(0.5));

    drag_splitter(f, Splitter::Right, -30, area, 5, 90); // the right column grows
    after = compute_layout(area, f, 5, 90);
    CHECK(after.tasks.w == Approx(before.tasks.w + 30).margin(0.5));
    CHECK(after.lesson.w == Approx(before.lesson.w + 40).margin(0.5));

    drag_splitter(f, Splitter::Bottom, 5000, area, 5, 90); // far down: Timeline stays 90 high
    after = compute_layout(area, f, 5, 90);
    CHECK(after.timeline.h == Approx(90).margin(0.5));
    check_panes(area, f, 5, 90);
}

TEST_CASE("the splitters' fractions round-trip through imgui.ini lines", "[layout]") {
    LayoutFractions f;
    f.left = 0.3f;
    f.tasks = 0.62f;
    LayoutFractions g;
    std::string text = layout_settings_text(f);
    size_t start = 0;
    int read = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        read += read_layout_setting(g, text.substr(start, nl - start));
        start = nl + 1;
    }
    CHECK(read == 4);
    CHECK(g.left == Approx(0.3f));
    CHECK(g.tasks == Approx(0.62f));
    CHECK(g.right == Approx(f.right));
    CHECK_FALSE(read_layout_setting(g, "left=7"));    // out of range: ignored
    CHECK_FALSE(read_layout_setting(g, "width=0.5")); // unknown key
    CHECK(g.left == Approx(0.3f));
}
