// One frame of the app without its backends: the menu bar, the controls, the problem banner, the
// six panes between draggable splitters, the status bar and the dialogs, laid out in the main
// viewport. Ui calls it between the backends' NewFrame and Render; the view tests call it with
// an ImGui context that has no backend at all.
#pragma once

#include "app/app_state.h"
#include "app/layout.h"
#include "app/timeline_view.h"
#include "app/view_context.h"

#include <imgui.h>

#include <functional>

namespace loopstep::app {

// What the frame keeps between frames besides the AppState: the splitters and the timeline's
// zoom, scroll and lanes.
struct FrameState {
    LayoutFractions layout;
    TimelineState timeline;
};

// A pane drawn in the Timeline's place instead of it (the benchmark's own timeline).
using BottomPane = std::function<void(const ViewContext&, ImVec2 pos, ImVec2 size)>;

// Also takes a finished recording, plays and handles the keys: everything one frame does.
void draw_frame(AppState& state, const ViewContext& ctx, FrameState& frame,
                const BottomPane& timeline_override = {});

// Registers the [Loopstep][Layout] section of imgui.ini, which holds `layout`'s splitters. Call
// after ImGui::CreateContext and before the first frame (which reads the file).
void register_layout_settings(LayoutFractions& layout);

} // namespace loopstep::app
