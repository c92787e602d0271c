// The Event loop pane: what the loop is doing (in words, with an icon; in red when a synchronous
// call blocks its thread), the virtual clock and iteration, the ready deque as a row of callback
// cards (front first, the running one marked), the timer heap by deadline, and, when the program
// has them, its locks, events, conditions, semaphores and queues and its threads. Clicking a card
// or a waiter selects that task for every pane.
#pragma once

#include "app/task_style.h"
#include "app/view_context.h"
#include "core/record/recording.h"

#include <imgui.h>

namespace loopstep::app {

void draw_loop_view(const record::Recording& rec, const record::State& state, Selection& selection,
                    const ViewContext& ctx, ImVec2 pos, ImVec2 size);

} // namespace loopstep::app
