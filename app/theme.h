// The app's look: two palettes (the dark one for a screen, a light high-contrast one for
// projectors, where dark greys wash out), spacing scaled to the display, and the few colours the
// views use beyond ImGui's own (line numbers, chips, errors), so every view draws from one place
// and follows a switch of theme without knowing about it.
#pragma once

#include <imgui.h>

namespace loopstep::app::theme {

enum class Theme { Dark, Projector };

// Sets ImGui's style: palette, padding, rounding, everything multiplied by `scale`.
void apply(float scale, Theme theme = Theme::Dark);
// The theme last applied.
Theme current();

// The colours views use beyond ImGui's style, for the current theme.
struct Palette {
    ImVec4 text, text_dim, accent, error, error_bg, pane_bg, code_bg, gutter_bg, line_number,
        comment, chip_bg, frame_bg, status_bg;
};
const Palette& palette();

inline ImVec4 text() {
    return palette().text;
}
inline ImVec4 text_dim() {
    return palette().text_dim;
}
inline ImVec4 accent() {
    return palette().accent;
}
inline ImVec4 error() {
    return palette().error;
}
// Behind text in error(): a band that marks a state a student must not miss.
inline ImVec4 error_bg() {
    return palette().error_bg;
}
inline ImVec4 pane_bg() {
    return palette().pane_bg;
}
inline ImVec4 code_bg() {
    return palette().code_bg;
}
inline ImVec4 gutter_bg() {
    return palette().gutter_bg;
}
inline ImVec4 line_number() {
    return palette().line_number;
}
inline ImVec4 comment() {
    return palette().comment;
}
inline ImVec4 chip_bg() {
    return palette().chip_bg;
}
inline ImVec4 frame_bg() {
    return palette().frame_bg;
}
inline ImVec4 status_bg() {
    return palette().status_bg;
}

// The Source and Console panes: syntax colours, the executing line, breakpoints, stderr. Each
// has a light variant for the dark theme and a dark, saturated one for the projector theme.
inline ImVec4 pick(ImVec4 dark_theme, ImVec4 projector) {
    return current() == Theme::Projector ? projector : dark_theme;
}
inline ImVec4 syntax_keyword() {
    return pick({0.78f, 0.57f, 0.92f, 1.00f}, {0.45f, 0.10f, 0.65f, 1.00f});
}
inline ImVec4 syntax_builtin() {
    return pick({0.48f, 0.78f, 0.90f, 1.00f}, {0.00f, 0.38f, 0.55f, 1.00f});
}
inline ImVec4 syntax_string() {
    return pick({0.80f, 0.74f, 0.48f, 1.00f}, {0.55f, 0.35f, 0.00f, 1.00f});
}
inline ImVec4 syntax_fstring() {
    return pick({0.90f, 0.66f, 0.42f, 1.00f}, {0.70f, 0.25f, 0.00f, 1.00f});
}
inline ImVec4 syntax_number() {
    return pick({0.96f, 0.60f, 0.55f, 1.00f}, {0.75f, 0.05f, 0.10f, 1.00f});
}
inline ImVec4 syntax_decorator() {
    return pick({0.55f, 0.82f, 0.60f, 1.00f}, {0.05f, 0.45f, 0.15f, 1.00f});
}
inline ImVec4 current_line_bg() {
    return pick({0.95f, 0.80f, 0.30f, 0.16f}, {1.00f, 0.85f, 0.20f, 0.45f});
}
inline ImVec4 current_line_edge() {
    return pick({0.98f, 0.80f, 0.25f, 1.00f}, {0.80f, 0.50f, 0.00f, 1.00f});
}
inline ImVec4 breakpoint() {
    return {0.90f, 0.20f, 0.20f, 1.00f};
}
inline ImVec4 stderr_text() {
    return pick({0.98f, 0.55f, 0.45f, 1.00f}, {0.75f, 0.05f, 0.05f, 1.00f});
}
inline ImVec4 warning_text() {
    return pick({0.98f, 0.78f, 0.35f, 1.00f}, {0.60f, 0.35f, 0.00f, 1.00f});
}

} // namespace loopstep::app::theme
