// The status bar and the problem banner; see status_bar.h.
#include "app/status_bar.h"

#include "app/theme.h"
#include "app/ui_text.h"
#include "app/widgets.h"

#include <algorithm>
#include <string>

namespace loopstep::app {

namespace {

std::string problem_heading(const RecordingProblem& p) {
    const record::Diagnostic& d = p.diagnostic;
    std::string where = d.file;
    if (d.line > 0) where += ":" + std::to_string(d.line);
    if (d.column > 0) where += ":" + std::to_string(d.column);
    std::string what;
    switch (d.kind) {
    case record::Diagnostic::Kind::SyntaxError: what = "Syntax error"; break;
    case record::Diagnostic::Kind::Unsupported: what = "Not supported by loopstep"; break;
    case record::Diagnostic::Kind::BudgetExceeded: what = "Stopped"; break;
    }
    std::string text = what + " in " + where + ": " + d.message;
    if (p.kept_previous)
        text += "   (showing the last recording that worked; fix the file and save)";
    else if (d.kind == record::Diagnostic::Kind::BudgetExceeded)
        text += "   (showing what ran until then)";
    return text;
}

int text_lines(const std::string& s) {
    int n = 0;
    size_t i = 0;
    while (i < s.size()) {
        size_t nl = s.find('\n', i);
        ++n;
        if (nl == std::string::npos) break;
        i = nl + 1;
    }
    return n;
}

} // namespace

float problem_banner_height(const AppState& state, const ViewContext& ctx) {
    const auto& p = state.session->problem();
    if (!p) return 0;
    const float mono_h = ctx.fonts.mono()->FontSize * ImGui::GetIO().FontGlobalScale;
    return ImGui::GetTextLineHeightWithSpacing() + 16 * ctx.scale +
           static_cast<float>(text_lines(p->diagnostic.text)) * (mono_h + 1);
}

void draw_problem_banner(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    const auto& p = state.session->problem();
    if (!p) return;
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::error_bg());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10 * ctx.scale, 6 * ctx.scale));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * ctx.scale, 1));
    bool open = ImGui::Begin("##problem", nullptr, pane_flags | ImGuiWindowFlags_NoScrollbar);
    if (open) {
        ImGui::TextUnformatted(problem_heading(*p).c_str());
        const float w = ImGui::CalcTextSize("Dismiss").x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
        if (ImGui::SmallButton("Dismiss")) state.session->dismiss_problem();
        ImGui::PushFont(ctx.fonts.mono());
        ImGui::TextUnformatted(p ? p->diagnostic.text.c_str() : "");
        ImGui::PopFont();
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

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
        const Session& s = *state.session;
        if (!state.open_error.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::error());
            ImGui::TextUnformatted(state.open_error.c_str());
            ImGui::PopStyleColor();
        } else if (s.busy()) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
            ImGui::TextUnformatted("recording...");
            ImGui::PopStyleColor();
        } else if (s.recording() && !s.before_start()) {
            // What the event at the cursor did, in words: "Task-2 awaits sleep(0.5)".
            std::string what = s.recording()->describe(s.cursor());
            std::replace(what.begin(), what.end(), '\n', ' ');
            ImGui::TextUnformatted(what.c_str());
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::text_dim());
            ImGui::TextUnformatted(state.doc ? state.doc->path.string().c_str()
                                             : tr("Ctrl+O opens a scenario", state.lang));
            ImGui::PopStyleColor();
        }
        std::string right;
        if (s.recording() && s.asyncio_debug()) right += "asyncio debug mode   ";
        if (s.recording() && s.at_end() && s.size() > 0)
            right += "exit status " + std::to_string(s.exit_status()) + "   ";
        const char* lang_name = "English";
        for (const LessonLanguage& l : lesson_languages)
            if (state.lang == l.code) lang_name = l.name;
        right += lang_name;
        float w = ImGui::CalcTextSize(right.c_str()).x;
        ImGui::SameLine(
            std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - w - 10 * ctx.scale));
        ImGui::TextDisabled("%s", right.c_str());
    }
    ImGui::End();
}

} // namespace loopstep::app
