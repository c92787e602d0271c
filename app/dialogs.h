// The modal dialogs: File ▸ Open scenario… and Help ▸ About. AppState's show_* flags ask for
// them, so menus and shortcuts never open a popup themselves (ImGui popups need one ID stack).
#pragma once

#include "app/app_state.h"
#include "app/view_context.h"

namespace loopstep::app {

void draw_dialogs(AppState& state, const ViewContext& ctx);

} // namespace loopstep::app
