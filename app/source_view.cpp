// The Source pane; see source_view.h. The line-number gutter is drawn after the code, on top of
// it and pinned to the left edge, so it stays in place when the code scrolls sideways.
#include "app/source_view.h"

#include "app/theme.h"
#include "app/ui_text.h"
#include "app/widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace loopstep::app {

namespace {

bool is_comment_line(const std::string& line) {
    size_t i = line.find_first_not_of(' ');
    return i != std::string::npos && line[i] == '#';
}

float widest_line(AppState& state, const ImFont* font) {
    auto& cache = state.source_width;
    if (cache.revision != state.doc_revision || cache.font != font) {
        float widest = 0;
        for (const auto& line : state.doc->lines)
            widest = std::max(widest, ImGui::CalcTextSize(line.c_str()).x);
        cache = {state.doc_revision, font, widest};
    }
    return cache.width;
}

void empty_state(const AppState& state, const ViewContext& ctx) {
    ImVec2 avail = ImGui::GetContentRegionAvail();
    float width = std::min(avail.x, 560 * ctx.scale);
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (avail.x - width) * 0.5f,
                               ImGui::GetCursorPosY() + avail.y * 0.25f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushFont(ctx.fonts.heading());
    ImGui::TextUnformatted("No scenario open");
    ImGui::PopFont();
    ImGui::Spacing();
    const Catalogue& cat = state.catalogue;
    if (cat.dir.empty()) {
        ImGui::TextUnformatted("No scenarios folder was found. loopstep looked in:");
        ImGui::PushStyleColor(ImGuiCol_Text, theme::text_dim());
        for (const auto& p : state.scenarios_dirs_tried)
            ImGui::BulletText("%s", p.string().c_str());
        ImGui::PopStyleColor();
    } else if (!cat.error.empty()) {
        ImGui::TextUnformatted(cat.error.c_str());
    } else {
        ImGui::Text("The scenarios folder %s has no .py files yet.", cat.dir.string().c_str());
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Open a Python file with File > Open scenario... (Ctrl+O), or start "
                           "loopstep with --scenario FILE.py.");
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

void code_lines(AppState& state, const ViewContext& ctx) {
    const auto& lines = state.doc->lines;
    ImGui::PushFont(ctx.fonts.mono());
    const float pad = 10 * ctx.scale;
    const int digits = std::max(3, static_cast<int>(std::to_string(lines.size()).size()));
    const float digit_w = ImGui::CalcTextSize("0").x;
    const float gutter_w = digit_w * static_cast<float>(digits) + 2 * pad;
    const float code_x = gutter_w + pad;

    ImGui::SetNextWindowContentSize(ImVec2(code_x + widest_line(state, ctx.fonts.mono()) + pad, 0));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::code_bg());
    ImGui::BeginChild("##code", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID shown_id = ImGui::GetID("##shown-revision");
    if (storage->GetInt(shown_id, -1) != static_cast<int>(state.doc_revision)) {
        ImGui::SetScrollX(0);
        ImGui::SetScrollY(0);
        storage->SetInt(shown_id, static_cast<int>(state.doc_revision));
    }

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 3 * ctx.scale));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + pad * 0.5f);
    struct Row {
        int number;
        float y;
    };
    std::vector<Row> rows;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(lines.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            ImGui::SetCursorPosX(code_x);
            rows.push_back({i + 1, ImGui::GetCursorScreenPos().y});
            const std::string& line = lines[static_cast<size_t>(i)];
            if (is_comment_line(line)) ImGui::PushStyleColor(ImGuiCol_Text, theme::comment());
            ImGui::TextUnformatted(line.c_str(), line.c_str() + line.size());
            if (is_comment_line(line)) ImGui::PopStyleColor();
        }
    }
    clipper.End();
    ImGui::Dummy(ImVec2(0, pad * 0.5f));
    ImGui::PopStyleVar();

    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImRect visible = window->InnerClipRect;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(visible.Min, ImVec2(visible.Min.x + gutter_w, visible.Max.y),
                      ImGui::GetColorU32(theme::gutter_bg()));
    dl->AddLine(ImVec2(visible.Min.x + gutter_w, visible.Min.y),
                ImVec2(visible.Min.x + gutter_w, visible.Max.y),
                ImGui::GetColorU32(ImGuiCol_Separator));
    const ImU32 number_colour = ImGui::GetColorU32(theme::line_number());
    char number[16];
    for (const Row& row : rows) {
        int n = std::snprintf(number, sizeof number, "%d", row.number);
        float x = visible.Min.x + gutter_w - pad - digit_w * static_cast<float>(n);
        dl->AddText(ImVec2(x, row.y), number_colour, number, number + n);
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

} // namespace

void draw_source_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    if (!ImGui::Begin("Source", nullptr, pane_flags)) {
        ImGui::End();
        return;
    }
    if (!state.doc) {
        pane_caption(tr("Source", state.lang));
        empty_state(state, ctx);
    } else {
        std::string detail = state.doc->path.filename().string() + "  ·  " +
                             trf("{} lines", state.lang, {std::to_string(state.doc->lines.size())});
        pane_caption(tr("Source", state.lang), detail);
        code_lines(state, ctx);
    }
    ImGui::End();
}

} // namespace loopstep::app
