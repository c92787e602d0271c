// The Controls toolbar under the menu bar, and the keys that drive the cursor: reset, step back,
// step forward by the chosen granularity (loop callback, line, await), play / pause with a speed,
// run to the next breakpoint or to the end, the event index and the virtual time, and the
// debug-mode toggle. Right / Left step, Space plays, Home / End, F5 runs to a breakpoint, F11
// goes full screen. Line steps follow the selected task when there is one.
#pragma once

#include "app/app_state.h"
#include "app/view_context.h"

#include <imgui.h>

namespace loopstep::app {

void draw_controls_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size);

// The navigation keys; call once per frame after NewFrame. Ignored while a text field has the
// keyboard or a modal dialog is open.
void handle_navigation_keys(AppState& state);

// Plays the recording forward by `seconds` of wall time when playing.
void advance_playback(AppState& state, double seconds);

// The toolbar's height for the current font.
float controls_height(const ViewContext& ctx);

} // namespace loopstep::app
