// The app's look: one dark palette, spacing scaled to the display, and the few colours the views
// use beyond ImGui's own (line numbers, chips, errors), so every view draws from one place.
#pragma once

#include <imgui.h>

namespace loopstep::app::theme {

// Sets ImGui's style: palette, padding, rounding, everything multiplied by `scale`.
void apply(float scale);

inline ImVec4 text() {
    return {0.90f, 0.91f, 0.93f, 1.00f};
}
inline ImVec4 text_dim() {
    return {0.56f, 0.59f, 0.65f, 1.00f};
}
inline ImVec4 accent() {
    return {0.40f, 0.64f, 0.93f, 1.00f};
}
inline ImVec4 error() {
    return {0.96f, 0.47f, 0.45f, 1.00f};
}
inline ImVec4 pane_bg() {
    return {0.13f, 0.14f, 0.17f, 1.00f};
}
inline ImVec4 code_bg() {
    return {0.10f, 0.11f, 0.13f, 1.00f};
}
inline ImVec4 gutter_bg() {
    return {0.12f, 0.13f, 0.155f, 1.00f};
}
inline ImVec4 line_number() {
    return {0.42f, 0.45f, 0.51f, 1.00f};
}
inline ImVec4 comment() {
    return {0.50f, 0.62f, 0.52f, 1.00f};
}
inline ImVec4 chip_bg() {
    return {0.20f, 0.27f, 0.37f, 1.00f};
}
inline ImVec4 frame_bg() {
    return {0.18f, 0.20f, 0.24f, 1.00f};
}
inline ImVec4 status_bg() {
    return {0.16f, 0.18f, 0.22f, 1.00f};
}

// The Source pane: syntax colours, the executing line, breakpoints.
inline ImVec4 syntax_keyword() {
    return {0.78f, 0.57f, 0.92f, 1.00f};
}
inline ImVec4 syntax_builtin() {
    return {0.48f, 0.78f, 0.90f, 1.00f};
}
inline ImVec4 syntax_string() {
    return {0.80f, 0.74f, 0.48f, 1.00f};
}
inline ImVec4 syntax_fstring() {
    return {0.90f, 0.66f, 0.42f, 1.00f};
}
inline ImVec4 syntax_number() {
    return {0.96f, 0.60f, 0.55f, 1.00f};
}
inline ImVec4 syntax_decorator() {
    return {0.55f, 0.82f, 0.60f, 1.00f};
}
inline ImVec4 current_line_bg() {
    return {0.95f, 0.80f, 0.30f, 0.16f};
}
inline ImVec4 current_line_edge() {
    return {0.98f, 0.80f, 0.25f, 1.00f};
}
inline ImVec4 breakpoint() {
    return {0.90f, 0.25f, 0.25f, 1.00f};
}
inline ImVec4 stderr_text() {
    return {0.98f, 0.55f, 0.45f, 1.00f};
}
inline ImVec4 warning_text() {
    return {0.98f, 0.78f, 0.35f, 1.00f};
}
inline ImVec4 banner_bg() {
    return {0.35f, 0.10f, 0.10f, 1.00f};
}

} // namespace loopstep::app::theme
