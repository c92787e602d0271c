// Where each pane goes: a fixed layout (ImGui 1.86 has no docking) whose four splitters the user
// drags. Only the splitters' fractions are state; they are saved in imgui.ini through a settings
// handler, so the layout a teacher arranged comes back next time. Plain arithmetic, no ImGui, so
// it is unit-tested: every pane stays on screen and at least a minimum size at 1280x800 and 4K.
//
//   +-----------+---------------------------+--------------+
//   |  Lesson   |          Source           |    Tasks     |
//   |           |                           +--------------+
//   |           |                           |  Event loop  |
//   +-----------+---------------------------+--------------+
//   |               Timeline                |   Console    |
//   +---------------------------------------+--------------+
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace loopstep::app {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

struct LayoutFractions {
    float left = 0.21f;   // the Lesson column, of the width
    float right = 0.31f;  // the Tasks / Event loop / Console column, of the width
    float bottom = 0.30f; // the Timeline / Console row, of the height
    float tasks = 0.50f;  // Tasks, of the right column's upper part
};

enum class Splitter { Left, Right, Bottom, Tasks };

struct PaneRects {
    Rect lesson, source, tasks, loop, timeline, console;
    Rect splitter_left, splitter_right, splitter_bottom, splitter_tasks; // the gaps to drag
};

// The panes in the area (x, y, w, h) with `gap` pixels between them. `min` is a pane's smallest
// width or height; fractions that would go below it are clamped (the stored ones are not).
PaneRects compute_layout(const Rect& area, const LayoutFractions& f, float gap, float min);

// Moves a splitter by `delta` pixels (right or down is positive) in the layout of `area`; keeps
// every pane at least `min`.
void drag_splitter(LayoutFractions& f, Splitter s, float delta, const Rect& area, float gap,
                   float min);

// "left=0.210" lines for imgui.ini, and reading one back (false for lines it does not know).
std::string layout_settings_text(const LayoutFractions& f);
bool read_layout_setting(LayoutFractions& f, std::string_view line);

} // namespace loopstep::app
