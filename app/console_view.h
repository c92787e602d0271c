// The Console pane: what the program wrote to stdout and stderr up to the cursor, one row per
// line. stderr and warnings are drawn in their own colours and also marked in a gutter ("!" for
// stderr, "W" for a warning), so they are told apart without colour. Clicking a line moves the
// cursor to the event that printed it; the newest line is scrolled into view as the cursor moves.
#pragma once

#include "app/app_state.h"
#include "app/view_context.h"

#include <imgui.h>

namespace loopstep::app {

void draw_console_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size);

} // namespace loopstep::app
