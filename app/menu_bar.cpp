// The main menu bar; see menu_bar.h. The Scenarios menu lists the catalogue one topic after the
// other, in teaching order, with each lesson's level on the right.
#include "app/menu_bar.h"

#include "app/theme.h"

#include <imgui.h>

namespace loopstep::app {

namespace {

void request_open(AppState& state) {
    state.show_open_dialog = true;
    if (state.open_path_input.empty() && state.doc) {
        state.open_path_input = state.doc->path.parent_path().string() + "/";
    }
}

void reload(AppState& state) {
    state.reload();
}

void file_menu(AppState& state) {
    if (!ImGui::BeginMenu("File")) return;
    if (ImGui::MenuItem("Open scenario...", "Ctrl+O")) request_open(state);
    if (ImGui::BeginMenu("Open recent", !state.recent.files().empty())) {
        for (const auto& f : state.recent.files()) {
            if (ImGui::MenuItem(f.filename().string().c_str(), nullptr, false)) {
                state.open_scenario(f);
                break; // open_scenario reorders the list being drawn
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.string().c_str());
        }
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Reload", "Ctrl+R", false, state.doc.has_value())) reload(state);
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) state.quit_requested = true;
    ImGui::EndMenu();
}

void scenarios_menu(AppState& state) {
    if (!ImGui::BeginMenu("Scenarios")) return;
    const Catalogue& cat = state.catalogue;
    if (cat.entries.empty()) {
        std::string why = cat.dir.empty()      ? "No scenarios folder found"
                          : !cat.error.empty() ? cat.error
                                               : "No .py files in " + cat.dir.string();
        ImGui::MenuItem(why.c_str(), nullptr, false, false);
    }
    bool first_group = true;
    for (const TopicGroup& group : cat.groups) {
        if (!first_group) ImGui::Separator();
        first_group = false;
        ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
        ImGui::TextUnformatted(group.topic.empty() ? "Other" : group.topic.c_str());
        ImGui::PopStyleColor();
        for (size_t index : group.entries) {
            const CatalogueEntry& e = cat.entries[index];
            bool current = state.doc && state.doc->path == e.path;
            std::string level = e.header.get("level");
            ImGui::PushID(static_cast<int>(index));
            if (ImGui::MenuItem(e.title(state.lang).c_str(), level.c_str(), current)) {
                state.open_scenario(e.path);
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", e.file_name().c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndMenu();
}

void view_menu(AppState& state) {
    if (!ImGui::BeginMenu("View")) return;
    if (ImGui::BeginMenu("Lesson language")) {
        for (const LessonLanguage& l : lesson_languages) {
            if (ImGui::MenuItem(l.name, nullptr, state.lang == l.code)) state.lang = l.code;
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenu();
}

void help_menu(AppState& state) {
    if (!ImGui::BeginMenu("Help")) return;
    if (ImGui::MenuItem("About loopstep")) state.show_about = true;
    ImGui::EndMenu();
}

} // namespace

void draw_menu_bar(AppState& state) {
    if (!ImGui::BeginMainMenuBar()) return;
    file_menu(state);
    scenarios_menu(state);
    view_menu(state);
    help_menu(state);
    // The product name on the right, where the window title would be without a window manager.
    const char* brand = "loopstep " LOOPSTEP_VERSION;
    float w = ImGui::CalcTextSize(brand).x + ImGui::GetStyle().ItemSpacing.x * 2;
    if (ImGui::GetWindowWidth() - w > ImGui::GetCursorPosX()) {
        ImGui::SetCursorPosX(ImGui::GetWindowWidth() - w);
        ImGui::TextDisabled("%s", brand);
    }
    ImGui::EndMainMenuBar();
}

void handle_shortcuts(AppState& state) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt || io.KeyShift) return;
    // The GLFW backend indexes keys by GLFW key code, which is the ASCII capital for letters.
    if (ImGui::IsKeyPressed('O', false)) request_open(state);
    if (ImGui::IsKeyPressed('R', false)) reload(state);
    if (ImGui::IsKeyPressed('Q', false)) state.quit_requested = true;
}

} // namespace loopstep::app
