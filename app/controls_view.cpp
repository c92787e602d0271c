// The Controls toolbar and navigation keys; see controls_view.h.
#include "app/controls_view.h"

#include "app/theme.h"
#include "app/widgets.h"

#include <GLFW/glfw3.h>
#include <imgui_internal.h>

#include <cstdio>

namespace loopstep::app {

namespace {

record::TaskId line_task(const AppState& state) {
    return state.granularity == Granularity::Line ? state.selection.task : 0;
}

void step_forward(AppState& state) {
    state.session->set_playing(false);
    state.session->step_forward(state.granularity, line_task(state));
}

void step_back(AppState& state) {
    state.session->set_playing(false);
    state.session->step_back(state.granularity, line_task(state));
}

bool button(const char* label, const char* tooltip, bool enabled = true) {
    if (!enabled) ImGui::BeginDisabled();
    bool pressed = ImGui::Button(label);
    if (!enabled) ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip);
    ImGui::SameLine();
    return pressed;
}

void separator(const ViewContext& ctx) {
    ImGui::SameLine(0, 6 * ctx.scale);
    ImVec2 p = ImGui::GetCursorScreenPos();
    float h = ImGui::GetFrameHeight();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y + h * 0.15f), ImVec2(p.x, p.y + h * 0.85f),
                                        ImGui::GetColorU32(ImGuiCol_Separator));
    ImGui::Dummy(ImVec2(1, h));
    ImGui::SameLine(0, 6 * ctx.scale);
}

} // namespace

float controls_height(const ViewContext& ctx) {
    return ImGui::GetFrameHeight() + 12 * ctx.scale;
}

void handle_navigation_keys(AppState& state) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::GetTopMostPopupModal() != nullptr) return;
    if (io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
    Session& s = *state.session;
    auto pressed = [](int key, bool repeat) { return ImGui::IsKeyPressed(key, repeat); };
    if (pressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow), true)) step_forward(state);
    if (pressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow), true)) step_back(state);
    if (pressed(ImGui::GetKeyIndex(ImGuiKey_Space), false)) s.set_playing(!s.playing());
    if (pressed(ImGui::GetKeyIndex(ImGuiKey_Home), false)) {
        s.set_playing(false);
        s.reset();
    }
    if (pressed(ImGui::GetKeyIndex(ImGuiKey_End), false)) {
        s.set_playing(false);
        s.to_end();
    }
    // F5 and F11 have no ImGuiKey in 1.86: the GLFW backend indexes keys by GLFW key code.
    if (pressed(GLFW_KEY_F5, false)) {
        s.set_playing(false);
        s.run_to_breakpoint();
    }
    if (pressed(GLFW_KEY_F11, false)) state.full_screen = !state.full_screen;
}

void advance_playback(AppState& state, double seconds) {
    state.session->tick(seconds, state.granularity, line_task(state));
}

void draw_controls_view(AppState& state, const ViewContext& ctx, ImVec2 pos, ImVec2 size) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * ctx.scale, 6 * ctx.scale));
    bool open = ImGui::Begin("##controls", nullptr, pane_flags | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();
    if (!open) {
        ImGui::End();
        return;
    }
    Session& s = *state.session;
    const bool has = s.size() > 0;

    if (button("|< Reset", "Back to before the first event (Home)", has && !s.before_start()))
        s.reset();
    if (button("< Back", "Step back one (Left arrow)", has && !s.before_start())) step_back(state);
    if (button("Step >", "Step forward one (Right arrow)", has && !s.at_end())) step_forward(state);

    ImGui::SetNextItemWidth(ImGui::CalcTextSize("callback").x + ImGui::GetFrameHeight() * 2);
    if (ImGui::BeginCombo("##granularity", granularity_name(state.granularity))) {
        for (Granularity g : {Granularity::Callback, Granularity::Line, Granularity::Await}) {
            if (ImGui::Selectable(granularity_name(g), state.granularity == g))
                state.granularity = g;
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("What one step moves over: a loop callback, a line (of the selected "
                          "task, if one is selected), or an await");

    separator(ctx);
    if (button(s.playing() ? "Pause" : "Play >", "Play the steps one after the other (Space)", has))
        s.set_playing(!s.playing());
    float speed = static_cast<float>(s.speed());
    ImGui::SetNextItemWidth(110 * ctx.scale);
    if (ImGui::SliderFloat("##speed", &speed, 0.5f, 60.0f, "%.1f steps/s",
                           ImGuiSliderFlags_Logarithmic))
        s.set_speed(speed);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Playing speed, in steps per second");
    ImGui::SameLine();

    separator(ctx);
    if (button("Run to breakpoint",
               "Run to the next line with a breakpoint (F5); click the "
               "Source gutter to set one",
               has && !s.at_end()))
        s.run_to_breakpoint();
    if (button("End >|", "Run to the end (End)", has && !s.at_end())) s.to_end();

    separator(ctx);
    bool debug = state.asyncio_debug;
    if (ImGui::Checkbox("asyncio debug mode", &debug)) state.set_asyncio_debug(debug);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Record again with asyncio's debug mode on, as asyncio.run(main(), "
                          "debug=True) or PYTHONASYNCIODEBUG=1: slow callbacks and coroutines "
                          "never awaited are reported with more detail");
    ImGui::SameLine();

    // Where the cursor is, on the right.
    char where[128];
    if (!has) {
        std::snprintf(where, sizeof where, "%s", s.busy() ? "recording..." : "no recording");
    } else if (s.before_start()) {
        std::snprintf(where, sizeof where, "start  (%llu events)    t=%.3f",
                      static_cast<unsigned long long>(s.size()), s.state().time);
    } else {
        std::snprintf(where, sizeof where, "event %llu / %llu    t=%.3f",
                      static_cast<unsigned long long>(s.cursor()),
                      static_cast<unsigned long long>(s.size() - 1), s.state().time);
    }
    ImGui::PushFont(ctx.fonts.mono());
    const float w = ImGui::CalcTextSize(where).x;
    const float right = ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetCursorPosX() + w < right) ImGui::SetCursorPosX(right - w);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(where);
    ImGui::PopFont();
    ImGui::End();
}

} // namespace loopstep::app
