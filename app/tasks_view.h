// The Tasks pane: a table row per task at the cursor (tasks_model's rows): the task's colour and
// name, its coroutine, its state as a word, a colour and a patterned badge, what it waits on, its
// await stack and its result or exception. Clicking a row selects the task for every pane.
#pragma once

#include "app/task_style.h"
#include "app/view_context.h"
#include "core/record/recording.h"

#include <imgui.h>

namespace loopstep::app {

void draw_tasks_view(const record::Recording& rec, const record::State& state, Selection& selection,
                     const ViewContext& ctx, ImVec2 pos, ImVec2 size);

} // namespace loopstep::app
