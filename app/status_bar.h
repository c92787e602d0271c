// The status bar along the bottom edge: the open file's path, or the last error, and the lesson
// language.
#pragma once

#include "app/app_state.h"
#include "app/view_context.h"

#include <imgui.h>

namespace loopstep::app {

void draw_status_bar(const AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size);

} // namespace loopstep::app
