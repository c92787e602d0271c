// Small drawing helpers the views share, so panes look alike: a pane's caption row and the
// rounded "chip" labels used for a lesson's topic and level.
#pragma once

#include <imgui.h>

#include <string_view>

namespace loopstep::app {

// A dim upper-case caption with an optional detail on the right, then a separator.
void pane_caption(std::string_view caption, std::string_view detail = {});

// A rounded label on the current line; call ImGui::SameLine() between chips.
void chip(std::string_view label, ImVec4 background, ImVec4 text);

// The window flags of a pane that tiles the main window: no moving, resizing or title bar.
inline constexpr ImGuiWindowFlags pane_flags =
    ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus;

} // namespace loopstep::app
