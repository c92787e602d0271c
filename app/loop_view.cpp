// The Event loop pane; see loop_view.h. Cards are drawn with the draw list over an invisible
// button each (the click target), and flow onto the next line when the pane is narrow.
#include "app/loop_view.h"

#include "app/loop_model.h"
#include "app/state_badge.h"
#include "app/theme.h"
#include "app/ui_text.h"
#include "app/widgets.h"

#include <algorithm>
#include <string>

namespace loopstep::app {

namespace {

void subheading(const char* text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

void select_task(Selection& selection, record::TaskId task) {
    if (task) selection.task = selection.task == task ? 0 : task;
}

// One callback card: the task's colour as a stripe on the left, the label, and a second line
// saying where it stands ("now running", "front", "due t=0.300"). Returns its width.
void callback_card(const CallbackCard& card, const char* note, Selection& selection, float scale) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float pad = style.FramePadding.x;
    const float stripe = 5 * scale;
    const float line_h = ImGui::GetTextLineHeight();
    const ImVec2 label_size = ImGui::CalcTextSize(card.label.c_str());
    const ImVec2 note_size = ImGui::CalcTextSize(note);
    const ImVec2 size(stripe + 2 * pad + std::max(label_size.x, note_size.x),
                      2 * line_h + 2 * style.FramePadding.y);

    // Flow: start a new line when this card would pass the right edge.
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + size.x > right)
        ImGui::NewLine();
    else
        ImGui::SameLine();

    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(static_cast<int>(card.handle));
    if (ImGui::InvisibleButton("card", size)) select_task(selection, card.task);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (hovered) ImGui::SetTooltip("%s", card.label.c_str());

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 q(p.x + size.x, p.y + size.y);
    const float rounding = 4 * scale;
    const StateStyle running = state_style(record::TaskState::Running);
    ImU32 bg = ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg);
    if (card.running) bg = (running.colour & 0x00FFFFFFu) | 0x40000000u;
    dl->AddRectFilled(p, q, bg, rounding);
    dl->AddRectFilled(p, ImVec2(p.x + stripe, q.y), task_colour(card.task), rounding,
                      ImDrawFlags_RoundCornersLeft);
    const bool selected = card.task != 0 && selection.task == card.task;
    if (card.running) {
        dl->AddRect(p, q, running.colour, rounding, 0, 2.5f * scale);
    } else if (selected) {
        dl->AddRect(p, q, ImGui::GetColorU32(theme::accent()), rounding, 0, 2 * scale);
    } else {
        dl->AddRect(p, q, ImGui::GetColorU32(ImGuiCol_Border), rounding);
    }
    const float x = p.x + stripe + pad;
    const float y = p.y + style.FramePadding.y;
    const ImU32 text = ImGui::GetColorU32(card.cancelled ? ImGuiCol_TextDisabled : ImGuiCol_Text);
    dl->AddText(ImVec2(x, y), text, card.label.c_str());
    if (card.cancelled)
        dl->AddLine(ImVec2(x, y + line_h * 0.55f), ImVec2(x + label_size.x, y + line_h * 0.55f),
                    text, scale);
    dl->AddText(ImVec2(x, y + line_h), ImGui::GetColorU32(ImGuiCol_TextDisabled), note);
}

void activity_line(const LoopModel& m, float scale) {
    if (m.blocked) {
        // A red band: the one state a student must not miss.
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        const float h = ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().FramePadding.y;
        ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + w, p.y + h),
                                                  ImGui::GetColorU32(theme::error_bg()), 4 * scale);
        ImGui::SetCursorScreenPos(
            ImVec2(p.x + ImGui::GetStyle().FramePadding.x, p.y + ImGui::GetStyle().FramePadding.y));
    }
    const ImVec4 colour = m.blocked ? theme::error() : theme::text();
    loop_activity_icon(m.activity, ImGui::GetColorU32(colour));
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", m.activity_text.c_str());
    ImGui::PopStyleColor();
    if (m.blocked) ImGui::Spacing();
}

void ready_queue(const LoopModel& m, Selection& selection, const std::string& lang, float scale) {
    subheading(tr("Ready queue", lang));
    if (m.ready.empty()) {
        ImGui::TextDisabled("%s", tr("empty", lang));
        return;
    }
    ImGui::Dummy(ImVec2(0, 0)); // the first card flows after this zero-width item
    bool front_marked = false;
    for (const CallbackCard& card : m.ready) {
        const char* note = "";
        if (card.running) {
            note = tr("now running", lang);
        } else if (!front_marked) {
            note = tr("front", lang);
            front_marked = true;
        }
        callback_card(card, note, selection, scale);
    }
}

void timer_heap(const LoopModel& m, Selection& selection, const std::string& lang) {
    subheading(tr("Timers", lang));
    if (m.timers.empty()) {
        ImGui::TextDisabled("%s", tr("empty", lang));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("timers", 2, flags)) return;
    for (const CallbackCard& t : m.timers) {
        ImGui::PushID(static_cast<int>(t.handle));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool selected = t.task != 0 && selection.task == t.task;
        if (ImGui::Selectable(t.when.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
            select_task(selection, t.task);
        ImGui::TableNextColumn();
        const float side = ImGui::GetTextLineHeight();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x + side * 0.2f, p.y + side * 0.2f),
                                                  ImVec2(p.x + side * 0.8f, p.y + side * 0.8f),
                                                  task_colour(t.task), side * 0.15f);
        ImGui::Dummy(ImVec2(side, side));
        ImGui::SameLine();
        if (t.cancelled) {
            ImGui::TextDisabled("%s (%s)", t.label.c_str(), tr("cancelled", lang));
        } else {
            ImGui::TextUnformatted(t.label.c_str());
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void task_chip(record::TaskId task, const std::string& text, Selection& selection) {
    const bool selected = selection.task == task;
    const ImVec4 bg = selected ? theme::chip_bg() : theme::frame_bg();
    ImGui::PushID(static_cast<int>(task));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    chip(text, bg, theme::text());
    const ImVec2 q = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + 4, q.y), task_colour(task), 2);
    if (ImGui::IsItemClicked()) select_task(selection, task);
    ImGui::PopID();
}

void sync_objects(const LoopModel& m, Selection& selection, const std::string& lang) {
    subheading(tr("Locks, events and queues", lang));
    for (const SyncRow& s : m.syncs) {
        ImGui::PushID(static_cast<int>(s.id));
        ImGui::TextUnformatted(s.title.c_str());
        if (!s.created.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", s.created.c_str());
        }
        ImGui::Indent();
        if (!s.owner.empty()) {
            ImGui::TextDisabled("%s:", tr("owner", lang));
            ImGui::SameLine();
            ImGui::TextUnformatted(s.owner.c_str());
        }
        if (!s.detail.empty()) {
            if (!s.owner.empty()) ImGui::SameLine(0, ImGui::GetFontSize());
            ImGui::TextUnformatted(s.detail.c_str());
        }
        if (s.kind == record::SyncKind::Queue || s.kind == record::SyncKind::LifoQueue ||
            s.kind == record::SyncKind::PriorityQueue) {
            ImGui::TextDisabled("%s:", tr("items", lang));
            if (s.items.empty()) {
                ImGui::SameLine();
                ImGui::TextDisabled("%s", tr("empty", lang));
            }
            for (const std::string& item : s.items) {
                ImGui::SameLine();
                chip(item, theme::frame_bg(), theme::text());
            }
        }
        ImGui::TextDisabled("%s:", tr("waiters", lang));
        if (s.waiters.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", tr("none", lang));
        }
        for (const SyncWaiterRow& w : s.waiters) {
            ImGui::SameLine();
            task_chip(w.task, w.text, selection);
        }
        ImGui::Unindent();
        ImGui::PopID();
    }
}

void threads(const LoopModel& m, const std::string& lang, ImFont* mono) {
    subheading(tr("Threads", lang));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("threads", 2, flags)) return;
    for (const ThreadRow& t : m.threads) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(t.name.c_str());
        if (t.current) {
            ImGui::SameLine();
            ImGui::TextDisabled("(%s)", tr("current", lang));
        }
        ImGui::TableNextColumn();
        ImGui::PushFont(mono);
        ImGui::TextUnformatted(t.frames.c_str());
        ImGui::PopFont();
    }
    ImGui::EndTable();
}

} // namespace

void draw_loop_view(const record::Recording& rec, const record::State& state, Selection& selection,
                    const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    if (!ImGui::Begin("Event loop", nullptr, pane_flags)) {
        ImGui::End();
        return;
    }
    const std::string& lang = ctx.lang;
    const LoopModel m = loop_model(rec, state, lang);
    pane_caption(tr("Event loop", lang), m.clock + "  \xC2\xB7  " + m.iteration); // ·
    activity_line(m, ctx.scale);
    ready_queue(m, selection, lang, ctx.scale);
    timer_heap(m, selection, lang);
    if (!m.syncs.empty()) sync_objects(m, selection, lang);
    if (!m.threads.empty()) threads(m, lang, ctx.fonts.mono());
    ImGui::End();
}

} // namespace loopstep::app
