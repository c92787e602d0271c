// The palettes and spacing; see theme.h. Each theme starts from ImGui's own dark or light style
// so any colour not set here still matches.
#include "app/theme.h"

namespace loopstep::app::theme {

namespace {

const Palette dark_palette{
    .text = {0.90f, 0.91f, 0.93f, 1.00f},
    .text_dim = {0.56f, 0.59f, 0.65f, 1.00f},
    .accent = {0.40f, 0.64f, 0.93f, 1.00f},
    .error = {0.96f, 0.47f, 0.45f, 1.00f},
    .error_bg = {0.36f, 0.11f, 0.12f, 1.00f},
    .pane_bg = {0.13f, 0.14f, 0.17f, 1.00f},
    .code_bg = {0.10f, 0.11f, 0.13f, 1.00f},
    .gutter_bg = {0.12f, 0.13f, 0.155f, 1.00f},
    .line_number = {0.42f, 0.45f, 0.51f, 1.00f},
    .comment = {0.50f, 0.62f, 0.52f, 1.00f},
    .chip_bg = {0.20f, 0.27f, 0.37f, 1.00f},
    .frame_bg = {0.18f, 0.20f, 0.24f, 1.00f},
    .status_bg = {0.16f, 0.18f, 0.22f, 1.00f},
};

// Black on white with saturated accents: a projector's washed-out greys still leave text and
// borders readable from the back of a room.
const Palette projector_palette{
    .text = {0.02f, 0.02f, 0.04f, 1.00f},
    .text_dim = {0.27f, 0.29f, 0.33f, 1.00f},
    .accent = {0.00f, 0.27f, 0.66f, 1.00f},
    .error = {0.72f, 0.00f, 0.00f, 1.00f},
    .error_bg = {1.00f, 0.85f, 0.85f, 1.00f},
    .pane_bg = {1.00f, 1.00f, 1.00f, 1.00f},
    .code_bg = {0.98f, 0.98f, 0.97f, 1.00f},
    .gutter_bg = {0.92f, 0.93f, 0.94f, 1.00f},
    .line_number = {0.30f, 0.32f, 0.37f, 1.00f},
    .comment = {0.10f, 0.40f, 0.15f, 1.00f},
    .chip_bg = {0.78f, 0.86f, 1.00f, 1.00f},
    .frame_bg = {0.89f, 0.90f, 0.92f, 1.00f},
    .status_bg = {0.86f, 0.87f, 0.90f, 1.00f},
};

Theme current_theme = Theme::Dark;

void spacing(ImGuiStyle& s, Theme theme, float scale) {
    s.WindowPadding = {14, 12};
    s.FramePadding = {9, 5};
    s.ItemSpacing = {10, 7};
    s.ItemInnerSpacing = {6, 5};
    s.CellPadding = {6, 4};
    s.IndentSpacing = 18;
    s.ScrollbarSize = 14;
    s.GrabMinSize = 12;
    s.WindowBorderSize = theme == Theme::Projector ? 2 : 1;
    s.ChildBorderSize = 0;
    s.PopupBorderSize = 1;
    s.FrameBorderSize = theme == Theme::Projector ? 1 : 0;
    s.WindowRounding = 0; // the panes tile the window
    s.ChildRounding = 4;
    s.FrameRounding = 4;
    s.PopupRounding = 6;
    s.ScrollbarRounding = 6;
    s.GrabRounding = 4;
    s.WindowTitleAlign = {0.5f, 0.5f};
    s.ScaleAllSizes(scale);
}

void dark_colours(ImVec4* c) {
    const Palette& p = dark_palette;
    const ImVec4 border{0.23f, 0.25f, 0.30f, 1.00f};
    const ImVec4 accent_soft{0.26f, 0.43f, 0.66f, 0.55f};
    const ImVec4 accent_strong{0.29f, 0.50f, 0.77f, 1.00f};
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.text_dim;
    c[ImGuiCol_WindowBg] = p.pane_bg;
    c[ImGuiCol_ChildBg] = {0, 0, 0, 0};
    c[ImGuiCol_PopupBg] = {0.15f, 0.16f, 0.20f, 0.98f};
    c[ImGuiCol_Border] = border;
    c[ImGuiCol_BorderShadow] = {0, 0, 0, 0};
    c[ImGuiCol_FrameBg] = p.frame_bg;
    c[ImGuiCol_FrameBgHovered] = {0.22f, 0.25f, 0.30f, 1.00f};
    c[ImGuiCol_FrameBgActive] = {0.25f, 0.29f, 0.35f, 1.00f};
    c[ImGuiCol_TitleBg] = {0.11f, 0.12f, 0.15f, 1.00f};
    c[ImGuiCol_TitleBgActive] = {0.15f, 0.17f, 0.21f, 1.00f};
    c[ImGuiCol_TitleBgCollapsed] = c[ImGuiCol_TitleBg];
    c[ImGuiCol_MenuBarBg] = {0.17f, 0.19f, 0.23f, 1.00f};
    c[ImGuiCol_ScrollbarBg] = {0, 0, 0, 0};
    c[ImGuiCol_ScrollbarGrab] = {0.27f, 0.29f, 0.34f, 1.00f};
    c[ImGuiCol_ScrollbarGrabHovered] = {0.33f, 0.36f, 0.42f, 1.00f};
    c[ImGuiCol_ScrollbarGrabActive] = {0.38f, 0.41f, 0.48f, 1.00f};
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = accent_strong;
    c[ImGuiCol_SliderGrabActive] = p.accent;
    c[ImGuiCol_Button] = {0.21f, 0.24f, 0.29f, 1.00f};
    c[ImGuiCol_ButtonHovered] = accent_strong;
    c[ImGuiCol_ButtonActive] = p.accent;
    c[ImGuiCol_Header] = accent_soft;
    c[ImGuiCol_HeaderHovered] = {0.29f, 0.50f, 0.77f, 0.80f};
    c[ImGuiCol_HeaderActive] = accent_strong;
    c[ImGuiCol_Separator] = border;
    c[ImGuiCol_SeparatorHovered] = accent_strong;
    c[ImGuiCol_SeparatorActive] = p.accent;
    c[ImGuiCol_ResizeGrip] = {0, 0, 0, 0};
    c[ImGuiCol_Tab] = p.frame_bg;
    c[ImGuiCol_TabHovered] = accent_strong;
    c[ImGuiCol_TabActive] = {0.24f, 0.38f, 0.58f, 1.00f};
    c[ImGuiCol_TableHeaderBg] = p.frame_bg;
    c[ImGuiCol_TableBorderStrong] = border;
    c[ImGuiCol_TableBorderLight] = {0.20f, 0.22f, 0.26f, 1.00f};
    c[ImGuiCol_TextSelectedBg] = accent_soft;
    c[ImGuiCol_NavHighlight] = p.accent;
    c[ImGuiCol_ModalWindowDimBg] = {0.05f, 0.06f, 0.08f, 0.60f};
}

void projector_colours(ImVec4* c) {
    const Palette& p = projector_palette;
    const ImVec4 border{0.20f, 0.22f, 0.26f, 1.00f};
    const ImVec4 accent_soft{0.55f, 0.72f, 1.00f, 0.70f};
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.text_dim;
    c[ImGuiCol_WindowBg] = p.pane_bg;
    c[ImGuiCol_ChildBg] = {0, 0, 0, 0};
    c[ImGuiCol_PopupBg] = {1.00f, 1.00f, 1.00f, 1.00f};
    c[ImGuiCol_Border] = border;
    c[ImGuiCol_BorderShadow] = {0, 0, 0, 0};
    c[ImGuiCol_FrameBg] = p.frame_bg;
    c[ImGuiCol_FrameBgHovered] = {0.80f, 0.86f, 0.96f, 1.00f};
    c[ImGuiCol_FrameBgActive] = {0.70f, 0.80f, 0.96f, 1.00f};
    c[ImGuiCol_MenuBarBg] = {0.86f, 0.87f, 0.90f, 1.00f};
    c[ImGuiCol_ScrollbarBg] = {0.94f, 0.94f, 0.95f, 1.00f};
    c[ImGuiCol_ScrollbarGrab] = {0.45f, 0.47f, 0.52f, 1.00f};
    c[ImGuiCol_ScrollbarGrabHovered] = {0.35f, 0.37f, 0.42f, 1.00f};
    c[ImGuiCol_ScrollbarGrabActive] = {0.25f, 0.27f, 0.32f, 1.00f};
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_SliderGrabActive] = {0.00f, 0.18f, 0.45f, 1.00f};
    c[ImGuiCol_Button] = {0.84f, 0.86f, 0.90f, 1.00f};
    c[ImGuiCol_ButtonHovered] = {0.65f, 0.77f, 0.98f, 1.00f};
    c[ImGuiCol_ButtonActive] = {0.50f, 0.66f, 0.95f, 1.00f};
    c[ImGuiCol_Header] = accent_soft;
    c[ImGuiCol_HeaderHovered] = {0.65f, 0.77f, 0.98f, 0.90f};
    c[ImGuiCol_HeaderActive] = {0.50f, 0.66f, 0.95f, 1.00f};
    c[ImGuiCol_Separator] = border;
    c[ImGuiCol_SeparatorHovered] = p.accent;
    c[ImGuiCol_SeparatorActive] = p.accent;
    c[ImGuiCol_ResizeGrip] = {0, 0, 0, 0};
    c[ImGuiCol_TableHeaderBg] = p.frame_bg;
    c[ImGuiCol_TableBorderStrong] = border;
    c[ImGuiCol_TableBorderLight] = {0.55f, 0.57f, 0.62f, 1.00f};
    c[ImGuiCol_TableRowBgAlt] = {0.00f, 0.00f, 0.00f, 0.05f};
    c[ImGuiCol_TextSelectedBg] = accent_soft;
    c[ImGuiCol_NavHighlight] = p.accent;
    c[ImGuiCol_ModalWindowDimBg] = {0.20f, 0.20f, 0.22f, 0.50f};
}

} // namespace

const Palette& palette() {
    return current_theme == Theme::Projector ? projector_palette : dark_palette;
}

Theme current() {
    return current_theme;
}

void apply(float scale, Theme theme) {
    current_theme = theme;
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle(); // spacing from ImGui's defaults, so applying twice does not scale twice
    spacing(s, theme, scale);
    if (theme == Theme::Projector) {
        ImGui::StyleColorsLight(&s);
        projector_colours(s.Colors);
    } else {
        ImGui::StyleColorsDark(&s);
        dark_colours(s.Colors);
    }
}

} // namespace loopstep::app::theme
