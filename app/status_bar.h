// The status bar along the bottom edge (what the event at the cursor did, whether a recording is
// running, debug mode, the open file, the language), and the banner that reports why the last
// recording failed (a syntax error, an unsupported construct, a step budget) with file:line:column
// and the caret, while the last good recording stays on screen.
#pragma once

#include "app/app_state.h"
#include "app/view_context.h"

#include <imgui.h>

namespace loopstep::app {

void draw_status_bar(const AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size);

// The banner's height for the current problem (0 when there is none); draw it in that height.
float problem_banner_height(const AppState& state, const ViewContext& ctx);
void draw_problem_banner(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size);

} // namespace loopstep::app
