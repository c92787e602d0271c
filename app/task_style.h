// How tasks and their states look, the same in every pane: one colour per task (the Source
// pane's markers, the Tasks rows, the timeline's lanes), and for each state a word, a colour and a
// fill pattern, so that no state is told by colour alone (projectors and colour-blind students).
// Plain values, no ImGui, so the app logic and its tests use them too.
#pragma once

#include "core/record/events.h"

#include <cstdint>

namespace loopstep::app {

// What the user selected; every pane highlights it.
struct Selection {
    record::TaskId task = 0; // 0: none
};

// Colours as 0xAABBGGRR, ImGui's ImU32 layout.
using Rgba = std::uint32_t;

// Task 1, 2, 3... get well separated hues; the palette repeats after kTaskPaletteSize tasks.
inline constexpr int kTaskPaletteSize = 12;
Rgba task_colour(record::TaskId task);

enum class FillPattern : std::uint8_t { Solid, Hatched, Dotted, Outline };

struct StateStyle {
    const char* word; // "running", "ready", "waiting", "done", "cancelled", "failed"
    Rgba colour;
    FillPattern pattern;
};
StateStyle state_style(record::TaskState s);

} // namespace loopstep::app
