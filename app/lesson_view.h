// The Lesson pane: what the open scenario teaches (title, topic, level, summary, then the
// lesson's explanation and what to watch for, in the chosen language), a button to its twin (the
// fixed version, or back to the one with the bug), and the other scenarios on the same topic.
#pragma once

#include "app/app_state.h"
#include "app/view_context.h"

#include <imgui.h>

namespace loopstep::app {

void draw_lesson_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size);

} // namespace loopstep::app
