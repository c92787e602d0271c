// The Source pane: the open scenario with line numbers and syntax colours, in the code font; the
// line executing at the cursor highlighted (and scrolled into view), a diamond in a task's colour
// on each line where a task is suspended (filled: waiting; hollow: ready to resume), and
// breakpoints set and cleared by clicking the gutter. Only the visible lines are drawn
// (ImGuiListClipper), so a long file costs the same per frame as a short one.
#pragma once

#include "app/app_state.h"
#include "app/view_context.h"

#include <imgui.h>

namespace loopstep::app {

void draw_source_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size);

} // namespace loopstep::app
