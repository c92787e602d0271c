// The main menu bar; see menu_bar.h. The Scenarios menu lists the catalogue one topic after the
// other, in teaching order, with each lesson's level on the right.
#include "app/menu_bar.h"

#include "app/fonts.h"
#include "app/theme.h"
#include "app/ui_text.h"

#include <imgui.h>

#include <algorithm>

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
    if (!ImGui::BeginMenu(tr("File", state.lang))) return;
    if (ImGui::MenuItem(tr("Open scenario...", state.lang), "Ctrl+O")) request_open(state);
    if (ImGui::BeginMenu(tr("Open recent", state.lang), !state.recent.files().empty())) {
        for (const auto& f : state.recent.files()) {
            if (ImGui::MenuItem(f.filename().string().c_str(), nullptr, false)) {
                state.open_scenario(f);
                break; // open_scenario reorders the list being drawn
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.string().c_str());
        }
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem(tr("Reload", state.lang), "Ctrl+R", false, state.doc.has_value()))
        reload(state);
    ImGui::Separator();
    if (ImGui::MenuItem(tr("Quit", state.lang), "Ctrl+Q")) state.quit_requested = true;
    ImGui::EndMenu();
}

void scenarios_menu(AppState& state) {
    if (!ImGui::BeginMenu(tr("Scenarios", state.lang))) return;
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
        ImGui::TextUnformatted(group.topic.empty() ? tr("Other", state.lang) : group.topic.c_str());
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

void change_font_scale(AppState& state, float factor) {
    state.font_scale = std::clamp(state.font_scale * factor, FontLibrary::min_user_scale,
                                  FontLibrary::max_user_scale);
}

void view_menu(AppState& state) {
    if (!ImGui::BeginMenu(tr("View", state.lang))) return;
    if (ImGui::BeginMenu(tr("Language", state.lang))) {
        for (const LessonLanguage& l : lesson_languages) {
            if (ImGui::MenuItem(l.name, nullptr, state.lang == l.code)) state.lang = l.code;
        }
        ImGui::EndMenu();
    }
    ImGui::MenuItem(tr("Presentation mode", state.lang), nullptr, &state.presentation);
    if (ImGui::MenuItem(tr("Larger font", state.lang), "Ctrl +")) change_font_scale(state, 1.15f);
    if (ImGui::MenuItem(tr("Smaller font", state.lang), "Ctrl -"))
        change_font_scale(state, 1 / 1.15f);
    ImGui::EndMenu();
}

void help_menu(AppState& state) {
    if (!ImGui::BeginMenu(tr("Help", state.lang))) return;
    if (ImGui::MenuItem(tr("About loopstep", state.lang))) state.show_about = true;
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
    // GLFW key codes: '=' (where '+' is on US keyboards), '-', and the keypad's + and -.
    if (ImGui::IsKeyPressed('=', false) || ImGui::IsKeyPressed(334, false))
        change_font_scale(state, 1.15f);
    if (ImGui::IsKeyPressed('-', false) || ImGui::IsKeyPressed(333, false))
        change_font_scale(state, 1 / 1.15f);
}

} // namespace loopstep::app
