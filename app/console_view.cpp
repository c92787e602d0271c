// The Console pane; see console_view.h. The recording's output lines are fetched once per
// recording (output_lines() copies them) and cut at the cursor's output size every frame.
#include "app/console_view.h"

#include "app/theme.h"
#include "app/widgets.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace loopstep::app {

namespace {

struct ConsoleLines {
    std::shared_ptr<const record::Recording> of;
    std::vector<record::OutputLine> lines;
    std::vector<std::uint64_t> starts; // each line's offset in Recording::output()
};

const ConsoleLines& lines_of(const std::shared_ptr<const record::Recording>& rec) {
    static ConsoleLines cache;
    if (cache.of != rec) {
        cache.of = rec;
        cache.lines = rec->output_lines();
        cache.starts.clear();
        // Lines are consecutive in output(): the text, then its newline when it had one (a line
        // also ends where the stream changes, with no newline in between).
        const std::string& out = rec->output();
        std::uint64_t pos = 0;
        for (const auto& l : cache.lines) {
            cache.starts.push_back(pos);
            pos += l.text.size();
            if (pos < out.size() && out[pos] == '\n') ++pos;
        }
    }
    return cache;
}

} // namespace

void draw_console_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    if (!ImGui::Begin("Console", nullptr, pane_flags)) {
        ImGui::End();
        return;
    }
    Session& session = *state.session;
    const auto& rec = session.recording();
    if (!rec) {
        pane_caption("Console");
        ImGui::TextDisabled(session.busy() ? "recording..." : "Nothing recorded yet.");
        ImGui::End();
        return;
    }
    const ConsoleLines& all = lines_of(rec);
    const record::State& at = session.state();
    const size_t shown = std::min(all.lines.size(), at.output_lines);
    std::string detail =
        std::to_string(shown) + " of " + std::to_string(all.lines.size()) + " lines";
    pane_caption("Console", detail);

    ImGui::PushFont(ctx.fonts.mono());
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::code_bg());
    ImGui::BeginChild("##console", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    if (shown == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::text_dim());
        ImGui::TextUnformatted(session.before_start() ? "  (the program has not started)"
                                                      : "  (no output yet)");
        ImGui::PopStyleColor();
    }
    const float mark_w = ImGui::CalcTextSize("W ").x;
    const std::uint64_t cursor_line_event = session.before_start() ? UINT64_MAX : session.cursor();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& line = all.lines[static_cast<size_t>(i)];
            // The last line may be still being written at the cursor.
            const std::uint64_t start = all.starts[static_cast<size_t>(i)];
            const size_t len = static_cast<size_t>(std::min<std::uint64_t>(
                line.text.size(), at.output_size > start ? at.output_size - start : 0));
            const bool err = line.stream != record::Stream::Stdout;
            const char* mark = line.stream == record::Stream::Warning  ? "W"
                               : line.stream == record::Stream::Stderr ? "!"
                                                                       : " ";
            ImGui::PushID(i);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const bool clicked = ImGui::Selectable(
                "##line", line.event == cursor_line_event,
                ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                ImVec2(std::max(ImGui::GetContentRegionAvail().x,
                                mark_w + ImGui::CalcTextSize(line.text.c_str()).x),
                       0));
            if (clicked) session.set_cursor(line.event);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s, written at event %llu: click to go there",
                                  line.stream == record::Stream::Stdout   ? "stdout"
                                  : line.stream == record::Stream::Stderr ? "stderr"
                                                                          : "a warning (stderr)",
                                  static_cast<unsigned long long>(line.event));
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const ImU32 colour =
                ImGui::GetColorU32(line.stream == record::Stream::Warning  ? theme::warning_text()
                                   : line.stream == record::Stream::Stderr ? theme::stderr_text()
                                                                           : theme::text());
            if (err) dl->AddText(p, colour, mark);
            dl->AddText(ImVec2(p.x + mark_w, p.y), colour, line.text.c_str(),
                        line.text.c_str() + len);
            ImGui::PopID();
        }
    }
    clipper.End();
    // Follow the newest line when the cursor brought new output (or took some back).
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID shown_id = ImGui::GetID("##shown-lines");
    if (storage->GetInt(shown_id, -1) != static_cast<int>(shown)) {
        storage->SetInt(shown_id, static_cast<int>(shown));
        ImGui::SetScrollHereY(1.0f);
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::End();
}

} // namespace loopstep::app
