// The status bar; see status_bar.h.
#include "app/status_bar.h"

#include "app/theme.h"
#include "app/ui_text.h"
#include "app/widgets.h"

namespace loopstep::app {

void draw_status_bar(const AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::status_bg());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10 * ctx.scale, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    bool open = ImGui::Begin("##status", nullptr, pane_flags | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    if (open) {
        ImGui::SetCursorPosY((size.y - ImGui::GetTextLineHeight()) * 0.5f);
        if (!state.open_error.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::error());
            ImGui::TextUnformatted(state.open_error.c_str());
            ImGui::PopStyleColor();
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::text_dim());
            ImGui::TextUnformatted(state.doc ? state.doc->path.string().c_str()
                                             : tr("Ctrl+O opens a scenario", state.lang));
            ImGui::PopStyleColor();
        }
        const char* lang_name = "English";
        for (const LessonLanguage& l : lesson_languages)
            if (state.lang == l.code) lang_name = l.name;
        float w = ImGui::CalcTextSize(lang_name).x;
        ImGui::SameLine(ImGui::GetWindowWidth() - w - 10 * ctx.scale);
        ImGui::TextDisabled("%s", lang_name);
    }
    ImGui::End();
}

} // namespace loopstep::app
