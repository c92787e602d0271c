// The Tasks pane; see tasks_view.h. Cells stay one line high (long stacks and results are cut by
// the column and shown whole in a tooltip), so every row is one click target of the same height;
// the selected task's row is repeated in full, wrapped, under the table.
#include "app/tasks_view.h"

#include "app/state_badge.h"
#include "app/tasks_model.h"
#include "app/theme.h"
#include "app/ui_text.h"
#include "app/widgets.h"

#include <algorithm>
#include <string>

namespace loopstep::app {

namespace {

// A square of the task's own colour, the same mark the Source pane and the timeline use.
void task_swatch(record::TaskId task) {
    const float side = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float inset = side * 0.2f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x + inset, p.y + inset),
                                              ImVec2(p.x + side - inset, p.y + side - inset),
                                              task_colour(task), side * 0.15f);
    ImGui::Dummy(ImVec2(side, side));
}

void text_with_tooltip(const std::string& text) {
    ImGui::TextUnformatted(text.c_str());
    if (ImGui::IsItemHovered() && !text.empty()) ImGui::SetTooltip("%s", text.c_str());
}

void stack_cell(const TaskRow& row, ImFont* mono) {
    ImGui::PushFont(mono);
    bool first = true;
    for (const StackStep& step : row.stack) {
        if (!first) {
            ImGui::SameLine(0, 0);
            ImGui::TextDisabled(" \xE2\x86\x92 "); // →
            ImGui::SameLine(0, 0);
        }
        first = false;
        if (step.library) {
            ImGui::TextDisabled("%s", step.text.c_str());
        } else {
            ImGui::TextUnformatted(step.text.c_str());
        }
    }
    ImGui::PopFont();
    if (ImGui::IsItemHovered() && !row.stack_text.empty())
        ImGui::SetTooltip("%s", row.stack_text.c_str());
}

void labelled(const char* label, const std::string& text, ImFont* font) {
    if (text.empty()) return;
    ImGui::TextDisabled("%s:", label);
    ImGui::SameLine();
    ImGui::PushFont(font);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopFont();
}

void task_detail(const TaskRow& row, const ViewContext& ctx) {
    const std::string& lang = ctx.lang;
    ImGui::Separator();
    task_swatch(row.id);
    ImGui::SameLine();
    ImGui::Text("%s  %s()", row.name.c_str(), row.coro.c_str());
    ImGui::SameLine(0, ImGui::GetFontSize());
    state_badge(row.state);
    ImGui::SameLine();
    ImGui::TextUnformatted(row.state_word.c_str());
    labelled(tr("Waits on", lang), row.waits_on, ctx.fonts.ui());
    labelled(tr("Await stack", lang), row.stack_text, ctx.fonts.mono());
    labelled(tr("Result", lang), row.result, ctx.fonts.mono());
}

} // namespace

void draw_tasks_view(const record::Recording& rec, const record::State& state, Selection& selection,
                     const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    if (!ImGui::Begin("Tasks", nullptr, pane_flags)) {
        ImGui::End();
        return;
    }
    const std::string& lang = ctx.lang;
    const std::vector<TaskRow> rows = task_rows(rec, state, lang);
    pane_caption(tr("Tasks", lang), trf("{} tasks", lang, {std::to_string(rows.size())}));
    if (rows.empty()) {
        ImGui::TextDisabled("%s", tr("No task has been created yet.", lang));
        ImGui::End();
        return;
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    // The selected task's row in full below the table: long stacks and results, wrapped.
    const TaskRow* chosen = nullptr;
    for (const TaskRow& row : rows)
        if (row.id == selection.task) chosen = &row;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float detail_h = chosen ? 4.5f * line : 0.0f;
    const ImVec2 table_size(0, std::max(4 * line, ImGui::GetContentRegionAvail().y - detail_h));
    if (ImGui::BeginTable("tasks", 6, flags, table_size)) {
        const float em = ImGui::GetFontSize();
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn(tr("Task", lang), ImGuiTableColumnFlags_NoHide, 5 * em);
        ImGui::TableSetupColumn(tr("Coroutine", lang), 0, 6 * em);
        ImGui::TableSetupColumn(tr("State", lang), 0, 5.5f * em);
        ImGui::TableSetupColumn(tr("Waits on", lang), 0, 8 * em);
        ImGui::TableSetupColumn(tr("Await stack", lang), 0, 14 * em);
        ImGui::TableSetupColumn(tr("Result", lang), 0, 12 * em);
        ImGui::TableHeadersRow();

        for (const TaskRow& row : rows) {
            ImGui::PushID(static_cast<int>(row.id));
            ImGui::TableNextRow();
            const StateStyle style = state_style(row.state);
            if (row.current)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1,
                                       (style.colour & 0x00FFFFFFu) | 0x38000000u);

            ImGui::TableNextColumn();
            const bool selected = selection.task == row.id;
            if (ImGui::Selectable("##row", selected,
                                  ImGuiSelectableFlags_SpanAllColumns |
                                      ImGuiSelectableFlags_AllowItemOverlap))
                selection.task = selected ? 0 : row.id;
            ImGui::SameLine(0, 0);
            task_swatch(row.id);
            ImGui::SameLine();
            ImGui::TextUnformatted(row.name.c_str());

            ImGui::TableNextColumn();
            ImGui::PushFont(ctx.fonts.mono());
            text_with_tooltip(row.coro);
            ImGui::PopFont();

            ImGui::TableNextColumn();
            state_badge(row.state);
            ImGui::SameLine();
            ImGui::TextUnformatted(row.state_word.c_str());

            ImGui::TableNextColumn();
            text_with_tooltip(row.waits_on);

            ImGui::TableNextColumn();
            stack_cell(row, ctx.fonts.mono());

            ImGui::TableNextColumn();
            if (row.state == record::TaskState::Failed) {
                ImGui::PushStyleColor(ImGuiCol_Text, theme::error());
                text_with_tooltip(row.result);
                ImGui::PopStyleColor();
            } else {
                text_with_tooltip(row.result);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (chosen) task_detail(*chosen, ctx);
    ImGui::End();
}

} // namespace loopstep::app
