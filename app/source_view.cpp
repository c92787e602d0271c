// The Source pane; see source_view.h. The gutter (breakpoints, line numbers, the markers of
// suspended tasks) is drawn after the code, on top of it and pinned to the left edge, so it stays
// in place when the code scrolls sideways.
#include "app/source_view.h"

#include "app/python_highlight.h"
#include "app/task_style.h"
#include "app/theme.h"
#include "app/ui_text.h"
#include "app/widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace loopstep::app {

namespace {

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

ImVec4 token_colour(TokenKind k) {
    switch (k) {
    case TokenKind::Keyword: return theme::syntax_keyword();
    case TokenKind::Builtin: return theme::syntax_builtin();
    case TokenKind::String: return theme::syntax_string();
    case TokenKind::FString: return theme::syntax_fstring();
    case TokenKind::Comment: return theme::comment();
    case TokenKind::Number: return theme::syntax_number();
    case TokenKind::Decorator: return theme::syntax_decorator();
    case TokenKind::Plain: break;
    }
    return theme::text();
}

const std::vector<std::vector<HighlightSpan>>& spans_of(AppState& state) {
    auto& cache = state.source_spans;
    if (cache.revision != state.doc_revision) {
        cache.spans = highlight_python(state.doc->lines);
        cache.revision = state.doc_revision;
    }
    return cache.spans;
}

// The tasks suspended on each line of the scenario (Waiting, or Ready to resume there).
std::map<int, std::vector<const record::TaskView*>> suspended_by_line(const record::State& s) {
    std::map<int, std::vector<const record::TaskView*>> out;
    for (const auto& t : s.tasks) {
        if (t.line > 0 &&
            (t.state == record::TaskState::Waiting || t.state == record::TaskState::Ready))
            out[t.line].push_back(&t);
    }
    return out;
}

std::string describe_task(const record::TaskView& t) {
    std::string text = t.name + " (" + t.coro + "): " + state_style(t.state).word;
    if (!t.waits_on.empty())
        text += t.state == record::TaskState::Waiting ? ", waits on " + t.waits_on
                                                      : ", woken from " + t.waits_on;
    return text;
}

void code_lines(AppState& state, const ViewContext& ctx) {
    const auto& lines = state.doc->lines;
    const auto& spans = spans_of(state);
    Session& session = *state.session;
    const record::State& at = session.state();
    // The line executing at the cursor, when it is in this file (not in a library module).
    const bool here = session.recording() && !session.before_start() &&
                      (at.current_file == session.filename() ||
                       std::filesystem::path(at.current_file).filename() == session.filename());
    int current = here ? at.current_line : 0;
    // A task's callback has started but not reached a line yet: it resumes where it suspended.
    // The same for a callback that is about to wake a task (Task-2.__wakeup): the task is not
    // running yet, but the line it resumes at is what the student should see next.
    record::TaskId resuming = at.current_task;
    bool running = false;
    for (const auto& t : at.tasks)
        if (t.id == at.current_task && t.state == record::TaskState::Running) running = true;
    if (!running && at.loop == record::LoopActivity::Callback && at.running_handle)
        resuming = session.recording()->handle(at.running_handle).task;
    for (const auto& t : at.tasks)
        if (t.id == resuming && t.line > 0 && !session.before_start() &&
            (t.state == record::TaskState::Running || !running))
            current = t.line;
    const auto suspended = session.recording()
                               ? suspended_by_line(at)
                               : std::map<int, std::vector<const record::TaskView*>>{};

    ImGui::PushFont(ctx.fonts.mono());
    const float pad = 8 * ctx.scale;
    const int digits = std::max(3, static_cast<int>(std::to_string(lines.size()).size()));
    const float digit_w = ImGui::CalcTextSize("0").x;
    const float line_h = ImGui::GetTextLineHeight();
    const float bp_w = line_h + pad * 0.5f;           // the breakpoint column
    const float marks_w = line_h * 1.6f + pad * 0.5f; // the suspended tasks' markers
    const float number_x = bp_w;
    const float marks_x = number_x + digit_w * static_cast<float>(digits) + pad;
    const float gutter_w = marks_x + marks_w;
    const float code_x = gutter_w + pad;

    ImGui::SetNextWindowContentSize(ImVec2(code_x + widest_line(state, ctx.fonts.mono()) + pad, 0));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::code_bg());
    ImGui::BeginChild("##code", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID shown_id = ImGui::GetID("##shown-revision");
    if (storage->GetInt(shown_id, -1) != static_cast<int>(state.doc_opened)) {
        ImGui::SetScrollX(0);
        ImGui::SetScrollY(0);
        storage->SetInt(shown_id, static_cast<int>(state.doc_opened));
    }

    const float spacing = 3 * ctx.scale;
    const float row_h = line_h + spacing;
    // Follow the executing line when the cursor moves it out of view.
    const ImGuiID followed_id = ImGui::GetID("##followed-line");
    if (current > 0 && storage->GetInt(followed_id, 0) != current) {
        storage->SetInt(followed_id, current);
        const float y = pad * 0.5f + static_cast<float>(current - 1) * row_h;
        const float top = ImGui::GetScrollY(), height = ImGui::GetWindowHeight();
        if (y < top + row_h || y + 2 * row_h > top + height)
            ImGui::SetScrollY(std::max(0.0f, y - height * 0.35f));
    }

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, spacing));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + pad * 0.5f);
    struct Row {
        int number;
        float y;
    };
    std::vector<Row> rows;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 current_bg = ImGui::GetColorU32(theme::current_line_bg());
    const ImU32 current_edge = ImGui::GetColorU32(theme::current_line_edge());
    const ImU32 error_bg = ImGui::GetColorU32(theme::error_bg());
    int error_line = 0, error_column = 1;
    if (const auto& problem = session.problem();
        problem && problem->diagnostic.kind != record::Diagnostic::Kind::BudgetExceeded &&
        std::filesystem::path(problem->diagnostic.file).filename() == state.doc->path.filename()) {
        error_line = problem->diagnostic.line;
        error_column = std::max(1, problem->diagnostic.column);
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(lines.size()), row_h);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            ImGui::SetCursorPosX(code_x);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            rows.push_back({i + 1, p.y});
            const std::string& line = lines[static_cast<size_t>(i)];
            if (i + 1 == error_line) {
                // The line of a syntax error, with a red bar under the column it points at.
                const float left = ImGui::GetWindowPos().x;
                const float right = left + ImGui::GetWindowWidth() + ImGui::GetScrollMaxX();
                dl->AddRectFilled(ImVec2(left, p.y - spacing * 0.5f),
                                  ImVec2(right, p.y + line_h + spacing * 0.5f), error_bg);
                const size_t col = std::min(line.size(), static_cast<size_t>(error_column - 1));
                const float cx = p.x + ImGui::CalcTextSize(line.c_str(), line.c_str() + col).x;
                dl->AddRectFilled(ImVec2(cx, p.y + line_h - 2 * ctx.scale),
                                  ImVec2(cx + ImGui::CalcTextSize("^").x, p.y + line_h),
                                  ImGui::GetColorU32(theme::error()));
            }
            if (i + 1 == current) {
                const float left = ImGui::GetWindowPos().x;
                const float right = left + ImGui::GetWindowWidth() + ImGui::GetScrollMaxX();
                dl->AddRectFilled(ImVec2(left, p.y - spacing * 0.5f),
                                  ImVec2(right, p.y + line_h + spacing * 0.5f), current_bg);
            }
            ImGui::Dummy(ImVec2(ImGui::CalcTextSize(line.c_str()).x, line_h));
            float x = p.x;
            for (const HighlightSpan& sp : spans[static_cast<size_t>(i)]) {
                const char* b = line.c_str() + sp.begin;
                const char* e = line.c_str() + sp.end;
                dl->AddText(ImVec2(x, p.y), ImGui::GetColorU32(token_colour(sp.kind)), b, e);
                x += ImGui::CalcTextSize(b, e).x;
            }
        }
    }
    clipper.End();
    ImGui::Dummy(ImVec2(0, pad * 0.5f));
    ImGui::PopStyleVar();

    // The gutter, pinned to the left edge on top of the code.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImRect visible = window->InnerClipRect;
    const float gx = visible.Min.x;
    dl->AddRectFilled(visible.Min, ImVec2(gx + gutter_w, visible.Max.y),
                      ImGui::GetColorU32(theme::gutter_bg()));
    dl->AddLine(ImVec2(gx + gutter_w, visible.Min.y), ImVec2(gx + gutter_w, visible.Max.y),
                ImGui::GetColorU32(ImGuiCol_Separator));
    const ImU32 number_colour = ImGui::GetColorU32(theme::line_number());
    const ImU32 breakpoint_colour = ImGui::GetColorU32(theme::breakpoint());
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hovered = ImGui::IsWindowHovered();
    const record::TaskId selected = state.selection.task;
    char number[16];
    for (const Row& row : rows) {
        const float cy = row.y + line_h * 0.5f;
        if (row.number == current) {
            dl->AddRectFilled(ImVec2(gx, row.y - spacing * 0.5f),
                              ImVec2(gx + 3 * ctx.scale, row.y + line_h + spacing * 0.5f),
                              current_edge);
        }
        const bool is_bp = session.breakpoints().count(row.number) != 0;
        const bool row_hovered = hovered && mouse.y >= row.y - spacing * 0.5f &&
                                 mouse.y < row.y + line_h + spacing * 0.5f;
        const bool in_gutter = row_hovered && mouse.x >= gx && mouse.x < gx + marks_x;
        if (is_bp) {
            dl->AddCircleFilled(ImVec2(gx + bp_w * 0.55f, cy), line_h * 0.32f, breakpoint_colour);
        } else if (in_gutter) {
            dl->AddCircle(ImVec2(gx + bp_w * 0.55f, cy), line_h * 0.32f, breakpoint_colour, 0,
                          1.5f * ctx.scale);
        }
        if (in_gutter) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) session.toggle_breakpoint(row.number);
            ImGui::SetTooltip(is_bp ? "Line %d: click to remove the breakpoint"
                                    : "Line %d: click to set a breakpoint (F5 runs to it)",
                              row.number);
        }
        int n = std::snprintf(number, sizeof number, "%d", row.number);
        float x = gx + marks_x - pad * 0.5f - digit_w * static_cast<float>(n);
        dl->AddText(ImVec2(x, row.y),
                    row.number == current ? ImGui::GetColorU32(theme::text()) : number_colour,
                    number, number + n);

        auto it = suspended.find(row.number);
        if (it == suspended.end()) continue;
        // One diamond per task suspended here, in its colour; a ring marks the selected task.
        const float r = line_h * 0.3f;
        float mx = gx + marks_x + r + 2 * ctx.scale;
        std::string tip;
        for (const record::TaskView* t : it->second) {
            if (mx + r > gx + gutter_w) break;
            const ImVec2 c(mx, cy);
            const ImU32 col = task_colour(t->id);
            if (t->state == record::TaskState::Waiting) {
                dl->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r),
                                  ImVec2(c.x - r, c.y), col);
            } else { // ready to resume: a hollow diamond, not a filled one
                dl->AddQuad(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r),
                            ImVec2(c.x - r, c.y), col, 2 * ctx.scale);
            }
            if (t->id == selected)
                dl->AddCircle(c, r + 2.5f * ctx.scale, ImGui::GetColorU32(theme::text()), 0,
                              1.5f * ctx.scale);
            mx += r * 1.4f;
        }
        for (const record::TaskView* t : it->second)
            tip += (tip.empty() ? "" : "\n") + describe_task(*t);
        if (row_hovered && mouse.x >= gx + marks_x && mouse.x < gx + gutter_w) {
            ImGui::SetTooltip("%s", tip.c_str());
            if (ImGui::IsMouseClicked(ImGuiMouseButton_Left))
                state.selection.task = it->second.front()->id;
        }
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
