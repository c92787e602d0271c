// The Source pane: the open scenario with line numbers, in the code font. Only the visible lines
// are submitted (ImGuiListClipper), so a long file costs the same per frame as a short one.
#pragma once

#include "app/app_state.h"
#include "app/view_context.h"

#include <imgui.h>

namespace loopstep::app {

void draw_source_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size);

} // namespace loopstep::app
