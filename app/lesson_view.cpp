// The Lesson pane; see lesson_view.h.
#include "app/lesson_view.h"

#include "app/theme.h"
#include "app/widgets.h"

#include <algorithm>

namespace loopstep::app {

namespace {

// The catalogue group holding the open scenario, if it came from the catalogue.
const TopicGroup* group_of(const AppState& state) {
    for (const TopicGroup& g : state.catalogue.groups)
        for (size_t i : g.entries)
            if (state.catalogue.entries[i].path == state.doc->path) return &g;
    return nullptr;
}

} // namespace

void draw_lesson_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    if (!ImGui::Begin("Lesson", nullptr, pane_flags)) {
        ImGui::End();
        return;
    }
    pane_caption("Lesson");
    if (!state.doc) {
        ImGui::TextDisabled("No scenario is open.");
        ImGui::End();
        return;
    }
    const ScenarioDocument& doc = *state.doc;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushFont(ctx.fonts.heading());
    ImGui::TextUnformatted(doc.title(state.lang).c_str());
    ImGui::PopFont();

    std::string topic = doc.header.get("topic");
    std::string level = doc.header.get("level");
    if (!topic.empty()) chip(topic, theme::chip_bg(), theme::text());
    if (!topic.empty() && !level.empty()) ImGui::SameLine();
    if (!level.empty()) chip(level, theme::frame_bg(), theme::text_dim());

    std::string summary = doc.header.get("summary", state.lang);
    ImGui::Spacing();
    if (summary.empty()) {
        ImGui::TextDisabled("This file has no lesson header (# title: ..., # summary: ...).");
    } else {
        ImGui::TextUnformatted(summary.c_str());
    }
    ImGui::PopTextWrapPos();

    const TopicGroup* group = group_of(state);
    if (group && group->entries.size() > 1) {
        ImGui::Spacing();
        ImGui::Spacing();
        pane_caption("On this topic");
        for (size_t i : group->entries) {
            const CatalogueEntry& e = state.catalogue.entries[i];
            bool current = e.path == doc.path;
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(e.title(state.lang).c_str(), current) && !current) {
                state.open_scenario(e.path);
            }
            ImGui::PopID();
        }
    }
    ImGui::End();
}

} // namespace loopstep::app
