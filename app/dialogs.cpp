// The modal dialogs; see dialogs.h.
#include "app/dialogs.h"

#include "app/theme.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace loopstep::app {

namespace {

constexpr const char* open_title = "Open scenario";
constexpr const char* about_title = "About loopstep";

void centre_next_window() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImVec2 centre(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f);
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
}

bool escape_pressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
}

void open_dialog(AppState& state, const ViewContext& ctx) {
    if (state.show_open_dialog) {
        ImGui::OpenPopup(open_title);
        state.show_open_dialog = false;
        state.open_error.clear();
    }
    centre_next_window();
    ImGui::SetNextWindowSize(ImVec2(620 * ctx.scale, 0));
    if (!ImGui::BeginPopupModal(open_title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::TextUnformatted("Path of a Python file to open:");
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    bool submitted =
        ImGui::InputText("##path", &state.open_path_input,
                         ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    if (!state.open_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::error());
        ImGui::TextWrapped("%s", state.open_error.c_str());
        ImGui::PopStyleColor();
    }
    bool open_now = false;
    if (!state.recent.files().empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled("Recent files (double-click opens; you can also drop a file on the "
                            "window)");
        for (const auto& f : state.recent.files()) {
            const std::string p = f.string();
            if (ImGui::Selectable(p.c_str(), state.open_path_input == p,
                                  ImGuiSelectableFlags_AllowDoubleClick |
                                      ImGuiSelectableFlags_DontClosePopups)) {
                state.open_path_input = p;
                open_now = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
            }
        }
    }
    ImGui::Spacing();
    if (ImGui::Button("Open") || submitted || open_now) {
        if (state.open_scenario(state.open_path_input)) ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || escape_pressed()) {
        state.open_error.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void about_dialog(AppState& state, const ViewContext& ctx) {
    if (state.show_about) {
        ImGui::OpenPopup(about_title);
        state.show_about = false;
    }
    centre_next_window();
    ImGui::SetNextWindowSize(ImVec2(560 * ctx.scale, 0));
    if (!ImGui::BeginPopupModal(about_title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::PushFont(ctx.fonts.heading());
    ImGui::TextUnformatted("loopstep " LOOPSTEP_VERSION);
    ImGui::PopFont();
    ImGui::TextWrapped("Step through a Python asyncio program one event-loop callback at a time, "
                       "forward and back, in virtual time. CPython 3.11 is the reference: "
                       "loopstep simulates its event loop callback by callback.");
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::text_dim());
    ImGui::Text("Dear ImGui %s  ·  GLFW %s", ImGui::GetVersion(), glfwGetVersionString());
    ImGui::TextWrapped("OpenGL %s on %s", ctx.gl_version.c_str(), ctx.gl_renderer.c_str());
    ImGui::TextWrapped("Fonts: %s", ctx.fonts.source().c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
    if (ImGui::Button("Close") || escape_pressed()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace

void draw_dialogs(AppState& state, const ViewContext& ctx) {
    open_dialog(state, ctx);
    about_dialog(state, ctx);
}

} // namespace loopstep::app
