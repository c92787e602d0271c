// The Lesson pane; see lesson_view.h. What it shows depends only on the open document and the
// language, so it is looked up when they change, not every frame.
#include "app/lesson_view.h"

#include "app/lesson_text.h"
#include "app/theme.h"
#include "app/twin.h"
#include "app/ui_text.h"
#include "app/widgets.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace loopstep::app {

namespace {

// The catalogue group holding the open scenario, if it came from the catalogue.
const TopicGroup* group_of(const AppState& state) {
    for (const TopicGroup& g : state.catalogue.groups)
        for (size_t i : g.entries)
            if (state.catalogue.entries[i].path == state.doc->path) return &g;
    return nullptr;
}

// What the pane shows besides the header: the lesson text and the twin, looked up again only when
// the document or the language changes (they read files).
struct LessonLookup {
    std::uint64_t revision = 0;
    std::string lang;
    std::optional<LessonText> text;
    std::optional<TwinLink> twin;
};

const LessonLookup& lookup(AppState& state) {
    static LessonLookup cached;
    if (cached.revision == state.doc_revision && cached.lang == state.lang) return cached;
    if (cached.revision != state.doc_revision)
        cached.twin = find_twin(state.doc->path, state.doc->header, state.catalogue);
    cached.revision = state.doc_revision;
    cached.lang = state.lang;
    cached.text = load_lesson(state.doc->path, state.lang);
    if (cached.text) {
        // New Korean or Japanese text needs its glyphs in the font atlas.
        state.note_new_text(cached.text->explanation);
        for (const std::string& item : cached.text->watch_for) state.note_new_text(item);
    }
    return cached;
}

// Paragraphs are separated by blank lines ("\n\n" in LessonText::explanation).
void paragraphs(std::string_view text) {
    while (!text.empty()) {
        const size_t end = text.find("\n\n");
        const std::string_view para = text.substr(0, end);
        ImGui::TextUnformatted(para.data(), para.data() + para.size());
        if (end == std::string_view::npos) break;
        ImGui::Spacing();
        text.remove_prefix(end + 2);
    }
}

} // namespace

void draw_lesson_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    if (!ImGui::Begin("Lesson", nullptr, pane_flags)) {
        ImGui::End();
        return;
    }
    const std::string& lang = state.lang;
    pane_caption(tr("Lesson", lang));
    if (!state.doc) {
        ImGui::TextDisabled("%s", tr("No scenario is open.", lang));
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
        ImGui::TextDisabled(
            "%s", tr("This file has no lesson header (# title: ..., # summary: ...).", lang));
    } else {
        ImGui::TextUnformatted(summary.c_str());
    }
    const LessonLookup& lesson = lookup(state);
    if (lesson.text) {
        if (!lesson.text->explanation.empty()) {
            ImGui::Spacing();
            paragraphs(lesson.text->explanation);
        }
        if (!lesson.text->watch_for.empty()) {
            ImGui::Spacing();
            ImGui::Spacing();
            pane_caption(tr("What to watch for", lang));
            for (const std::string& item : lesson.text->watch_for) {
                ImGui::Bullet();
                ImGui::TextUnformatted(item.c_str());
            }
        }
    }
    ImGui::PopTextWrapPos();

    if (lesson.twin) {
        ImGui::Spacing();
        const char* label = tr(lesson.twin->to_fixed ? "Open the fixed version"
                                                     : "Back to the version with the bug",
                               lang);
        if (ImGui::Button(label)) {
            const std::filesystem::path twin = lesson.twin->path;
            state.open_scenario(twin);
            ImGui::End();
            return; // `doc` is the twin now
        }
    }

    const TopicGroup* group = group_of(state);
    if (group && group->entries.size() > 1) {
        ImGui::Spacing();
        ImGui::Spacing();
        pane_caption(tr("On this topic", lang));
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
