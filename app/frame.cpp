// One frame's panes and splitters; see frame.h.
#include "app/frame.h"

#include "app/console_view.h"
#include "app/controls_view.h"
#include "app/dialogs.h"
#include "app/lesson_view.h"
#include "app/loop_view.h"
#include "app/menu_bar.h"
#include "app/source_view.h"
#include "app/status_bar.h"
#include "app/tasks_view.h"
#include "app/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace loopstep::app {

namespace {

ImVec2 corner(const Rect& r) {
    return {std::round(r.x), std::round(r.y)};
}
ImVec2 extent(const Rect& r) {
    return {std::round(r.w), std::round(r.h)};
}

// A splitter: an invisible window over the gap between panes that the mouse drags.
void splitter(const char* id, const Rect& r, Splitter which, LayoutFractions& layout,
              const Rect& area, float gap, float min) {
    const bool vertical = which == Splitter::Left || which == Splitter::Right;
    ImGui::SetNextWindowPos(corner(r));
    ImGui::SetNextWindowSize(ImVec2(std::max(1.0f, r.w), std::max(1.0f, r.h)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    ImGui::Begin(id, nullptr,
                 pane_flags | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar(3);
    ImGui::InvisibleButton("##drag", ImVec2(std::max(1.0f, r.w), std::max(1.0f, r.h)));
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active)
        ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
    if (active) {
        const ImVec2 d = ImGui::GetIO().MouseDelta;
        const float delta = vertical ? d.x : d.y;
        if (delta != 0) {
            drag_splitter(layout, which, delta, area, gap, min);
            ImGui::MarkIniSettingsDirty();
        }
    }
    if (ImGui::IsItemHovered() || active) {
        ImGui::GetWindowDrawList()->AddRectFilled(
            corner(r), ImVec2(r.x + r.w, r.y + r.h),
            ImGui::GetColorU32(active ? ImGuiCol_SeparatorActive : ImGuiCol_SeparatorHovered));
    }
    ImGui::End();
}

// A pane with nothing to show yet (no recording): its frame, caption and why.
void empty_pane(const char* name, const char* what, const Rect& r) {
    ImGui::SetNextWindowPos(corner(r));
    ImGui::SetNextWindowSize(extent(r));
    if (ImGui::Begin(name, nullptr, pane_flags)) {
        pane_caption(name);
        ImGui::TextDisabled("%s", what);
    }
    ImGui::End();
}

void* settings_open(ImGuiContext*, ImGuiSettingsHandler* handler, const char* name) {
    return std::string_view(name) == "Layout" ? handler->UserData : nullptr;
}

void settings_read_line(ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
    read_layout_setting(*static_cast<LayoutFractions*>(entry), line);
}

void settings_write_all(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* buf) {
    buf->appendf("[%s][Layout]\n", handler->TypeName);
    buf->append(layout_settings_text(*static_cast<LayoutFractions*>(handler->UserData)).c_str());
    buf->append("\n");
}

} // namespace

void register_layout_settings(LayoutFractions& layout) {
    ImGuiSettingsHandler handler;
    handler.TypeName = "Loopstep";
    handler.TypeHash = ImHashStr("Loopstep");
    handler.ReadOpenFn = settings_open;
    handler.ReadLineFn = settings_read_line;
    handler.WriteAllFn = settings_write_all;
    handler.UserData = &layout;
    ImGui::GetCurrentContext()->SettingsHandlers.push_back(handler);
}

void draw_frame(AppState& state, const ViewContext& ctx, FrameState& frame,
                const BottomPane& timeline_override) {
    LayoutFractions& layout = frame.layout;
    state.session->poll();
    advance_playback(state, ImGui::GetIO().DeltaTime);
    handle_shortcuts(state);
    handle_navigation_keys(state);
    draw_menu_bar(state);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float scale = ctx.scale;
    const float controls_h = controls_height(ctx);
    const float status_h = ImGui::GetFrameHeight() + 6 * scale;
    const float banner_h = problem_banner_height(state, ctx);
    float y = vp->WorkPos.y;
    draw_controls_view(state, ctx, ImVec2(vp->WorkPos.x, y), ImVec2(vp->WorkSize.x, controls_h));
    y += controls_h;
    if (banner_h > 0) {
        draw_problem_banner(state, ctx, ImVec2(vp->WorkPos.x, y), ImVec2(vp->WorkSize.x, banner_h));
        y += banner_h;
    }
    const float bottom = vp->WorkPos.y + vp->WorkSize.y - status_h;
    const Rect area{vp->WorkPos.x, y, vp->WorkSize.x, std::max(0.0f, bottom - y)};
    const float gap = std::round(5 * scale);
    const float min = 90 * scale;
    const PaneRects r = compute_layout(area, layout, gap, min);

    draw_lesson_view(state, ctx, corner(r.lesson), extent(r.lesson));
    draw_source_view(state, ctx, corner(r.source), extent(r.source));
    if (const auto& rec = state.session->recording()) {
        const record::State& at = state.session->state();
        draw_tasks_view(*rec, at, state.selection, ctx, corner(r.tasks), extent(r.tasks));
        draw_loop_view(*rec, at, state.selection, ctx, corner(r.loop), extent(r.loop));
    } else {
        const char* why = state.session->busy() ? "recording..." : "Nothing recorded yet.";
        empty_pane("Tasks", why, r.tasks);
        empty_pane("Event loop", why, r.loop);
    }
    if (timeline_override) {
        timeline_override(ctx, corner(r.timeline), extent(r.timeline));
    } else if (const auto& rec = state.session->recording()) {
        Session& s = *state.session;
        std::uint64_t cursor = s.before_start() ? 0 : s.cursor();
        const std::uint64_t was = cursor;
        draw_timeline_view(*rec, frame.timeline, cursor, state.selection, ctx,
                           corner(r.timeline), extent(r.timeline));
        if (cursor != was) {
            s.set_playing(false);
            s.set_cursor(cursor);
        }
    } else {
        empty_pane("Timeline", state.session->busy() ? "recording..." : "Nothing recorded yet.",
                   r.timeline);
    }
    draw_console_view(state, ctx, corner(r.console), extent(r.console));

    splitter("##split-left", r.splitter_left, Splitter::Left, layout, area, gap, min);
    splitter("##split-right", r.splitter_right, Splitter::Right, layout, area, gap, min);
    splitter("##split-bottom", r.splitter_bottom, Splitter::Bottom, layout, area, gap, min);
    splitter("##split-tasks", r.splitter_tasks, Splitter::Tasks, layout, area, gap, min);

    draw_status_bar(state, ctx, ImVec2(vp->WorkPos.x, bottom), ImVec2(vp->WorkSize.x, status_h));
    draw_dialogs(state, ctx);
}

} // namespace loopstep::app
