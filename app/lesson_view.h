// The Lesson pane: what the open scenario teaches (title, topic, level, summary, in the chosen
// language) and the other scenarios on the same topic, so a bug and its fixed twin are one click
// apart.
#pragma once

#include "app/app_state.h"
#include "app/view_context.h"

#include <imgui.h>

namespace loopstep::app {

void draw_lesson_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size);

} // namespace loopstep::app
