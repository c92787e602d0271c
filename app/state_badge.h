// Small drawn marks the Tasks and Event loop panes share: a task state's swatch (its colour
// filled with its pattern, plus a glyph for the finished states) and the loop activity icons.
// They are drawn with ImDrawList rather than taken from a font, so they look the same in every
// font, including ImGui's built-in one when Noto CJK is missing.
#pragma once

#include "app/task_style.h"
#include "core/record/recording.h"

#include <imgui.h>

namespace loopstep::app {

// Fills [min, max] with `colour` in `pattern` (solid, hatched, dotted or an outline).
void draw_pattern(ImDrawList* dl, ImVec2 min, ImVec2 max, Rgba colour, FillPattern pattern);

// A square swatch of the state's style on the current line, as tall as the text; the finished
// states add a mark (done: a tick, cancelled: a bar, failed: a cross), so done, cancelled and
// failed differ in shape too, not only in colour.
void state_badge(record::TaskState state);

// A square icon for what the loop is doing: a triangle (running a callback), a clock (waiting for
// a timer), a stop sign with a bar (blocked), a dot (between callbacks).
void loop_activity_icon(record::LoopActivity activity, ImU32 colour);

} // namespace loopstep::app
