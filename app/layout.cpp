// The fixed layout and its splitters; see layout.h.
#include "app/layout.h"

#include <algorithm>
#include <cstdio>

namespace loopstep::app {

namespace {

// A fraction of `total` that leaves at least `min` pixels on both sides of the split.
float clamp_fraction(float f, float total, float min_before, float min_after) {
    if (total <= 0) return f;
    const float lo = min_before / total, hi = 1 - min_after / total;
    if (lo > hi) return 0.5f;
    return std::clamp(f, lo, hi);
}

} // namespace

PaneRects compute_layout(const Rect& a, const LayoutFractions& f, float gap, float min) {
    PaneRects r;
    const float inner_w = std::max(0.0f, a.w - 2 * gap);
    const float inner_h = std::max(0.0f, a.h - gap);
    // The right column first, then the left one out of what remains, so Source keeps `min`.
    const float right_w = inner_w * clamp_fraction(f.right, inner_w, 2 * min, min);
    const float left_w = (inner_w - right_w) * clamp_fraction(f.left, inner_w - right_w, min, min);
    const float bottom_h = inner_h * clamp_fraction(f.bottom, inner_h, min, min);
    const float top_h = inner_h - bottom_h;
    const float source_w = inner_w - right_w - left_w;
    const float tasks_h = std::max(0.0f, top_h - gap) *
                          clamp_fraction(f.tasks, std::max(0.0f, top_h - gap), min, min);

    const float x1 = a.x + left_w, x2 = x1 + gap + source_w, x3 = x2 + gap;
    const float y1 = a.y + top_h, y2 = y1 + gap;
    r.lesson = {a.x, a.y, left_w, top_h};
    r.source = {x1 + gap, a.y, source_w, top_h};
    r.tasks = {x3, a.y, right_w, tasks_h};
    r.loop = {x3, a.y + tasks_h + gap, right_w, top_h - tasks_h - gap};
    r.timeline = {a.x, y2, x2 - a.x, bottom_h};
    r.console = {x3, y2, right_w, bottom_h};
    r.splitter_left = {x1, a.y, gap, top_h};
    r.splitter_right = {x2, a.y, gap, a.h};
    r.splitter_bottom = {a.x, y1, a.w, gap};
    r.splitter_tasks = {x3, a.y + tasks_h, right_w, gap};
    return r;
}

void drag_splitter(LayoutFractions& f, Splitter s, float delta, const Rect& a, float gap,
                   float min) {
    // Start from the panes as shown (fractions clamped), so a drag never jumps.
    const PaneRects now = compute_layout(a, f, gap, min);
    const float inner_w = std::max(1.0f, a.w - 2 * gap), inner_h = std::max(1.0f, a.h - gap);
    switch (s) {
    case Splitter::Left: {
        const float rest = std::max(1.0f, inner_w - now.tasks.w);
        f.left = clamp_fraction((now.lesson.w + delta) / rest, rest, min, min);
        break;
    }
    case Splitter::Right: {
        f.right = clamp_fraction((now.tasks.w - delta) / inner_w, inner_w, 2 * min, min);
        // The Lesson column keeps its width; only Source gives or takes.
        const float rest = std::max(1.0f, inner_w - inner_w * f.right);
        f.left = clamp_fraction(now.lesson.w / rest, rest, min, min);
        break;
    }
    case Splitter::Bottom:
        f.bottom = clamp_fraction((now.timeline.h - delta) / inner_h, inner_h, min, min);
        break;
    case Splitter::Tasks: {
        const float column = std::max(1.0f, now.tasks.h + now.loop.h);
        f.tasks = clamp_fraction((now.tasks.h + delta) / column, column, min, min);
        break;
    }
    }
}

std::string layout_settings_text(const LayoutFractions& f) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "left=%.4f\nright=%.4f\nbottom=%.4f\ntasks=%.4f\n", f.left,
                  f.right, f.bottom, f.tasks);
    return buf;
}

bool read_layout_setting(LayoutFractions& f, std::string_view line) {
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) return false;
    const std::string_view key = line.substr(0, eq), text = line.substr(eq + 1);
    float value = 0;
    std::string number(text);
    if (std::sscanf(number.c_str(), "%f", &value) != 1 || !(value > 0.02f && value < 0.98f))
        return false;
    if (key == "left")
        f.left = value;
    else if (key == "right")
        f.right = value;
    else if (key == "bottom")
        f.bottom = value;
    else if (key == "tasks")
        f.tasks = value;
    else
        return false;
    return true;
}

} // namespace loopstep::app
