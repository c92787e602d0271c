// The palette and spacing; see theme.h. Built on ImGui's dark style so any colour not set here
// still matches.
#include "app/theme.h"

namespace loopstep::app::theme {

void apply(float scale) {
    ImGuiStyle& s = ImGui::GetStyle();
    ImGui::StyleColorsDark(&s);

    s.WindowPadding = {14, 12};
    s.FramePadding = {9, 5};
    s.ItemSpacing = {10, 7};
    s.ItemInnerSpacing = {6, 5};
    s.CellPadding = {6, 4};
    s.IndentSpacing = 18;
    s.ScrollbarSize = 14;
    s.GrabMinSize = 12;
    s.WindowBorderSize = 1;
    s.ChildBorderSize = 0;
    s.PopupBorderSize = 1;
    s.FrameBorderSize = 0;
    s.WindowRounding = 0; // the panes tile the window
    s.ChildRounding = 4;
    s.FrameRounding = 4;
    s.PopupRounding = 6;
    s.ScrollbarRounding = 6;
    s.GrabRounding = 4;
    s.WindowTitleAlign = {0.5f, 0.5f};
    s.ScaleAllSizes(scale);

    ImVec4* c = s.Colors;
    const ImVec4 border{0.23f, 0.25f, 0.30f, 1.00f};
    const ImVec4 frame = frame_bg();
    const ImVec4 accent_soft{0.26f, 0.43f, 0.66f, 0.55f};
    const ImVec4 accent_strong{0.29f, 0.50f, 0.77f, 1.00f};
    c[ImGuiCol_Text] = text();
    c[ImGuiCol_TextDisabled] = text_dim();
    c[ImGuiCol_WindowBg] = pane_bg();
    c[ImGuiCol_ChildBg] = {0, 0, 0, 0};
    c[ImGuiCol_PopupBg] = {0.15f, 0.16f, 0.20f, 0.98f};
    c[ImGuiCol_Border] = border;
    c[ImGuiCol_BorderShadow] = {0, 0, 0, 0};
    c[ImGuiCol_FrameBg] = frame;
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
    c[ImGuiCol_CheckMark] = accent();
    c[ImGuiCol_SliderGrab] = accent_strong;
    c[ImGuiCol_SliderGrabActive] = accent();
    c[ImGuiCol_Button] = {0.21f, 0.24f, 0.29f, 1.00f};
    c[ImGuiCol_ButtonHovered] = accent_strong;
    c[ImGuiCol_ButtonActive] = accent();
    c[ImGuiCol_Header] = accent_soft;
    c[ImGuiCol_HeaderHovered] = {0.29f, 0.50f, 0.77f, 0.80f};
    c[ImGuiCol_HeaderActive] = accent_strong;
    c[ImGuiCol_Separator] = border;
    c[ImGuiCol_SeparatorHovered] = accent_strong;
    c[ImGuiCol_SeparatorActive] = accent();
    c[ImGuiCol_ResizeGrip] = {0, 0, 0, 0};
    c[ImGuiCol_Tab] = frame;
    c[ImGuiCol_TabHovered] = accent_strong;
    c[ImGuiCol_TabActive] = {0.24f, 0.38f, 0.58f, 1.00f};
    c[ImGuiCol_TableHeaderBg] = frame;
    c[ImGuiCol_TableBorderStrong] = border;
    c[ImGuiCol_TableBorderLight] = {0.20f, 0.22f, 0.26f, 1.00f};
    c[ImGuiCol_TextSelectedBg] = accent_soft;
    c[ImGuiCol_NavHighlight] = accent();
    c[ImGuiCol_ModalWindowDimBg] = {0.05f, 0.06f, 0.08f, 0.60f};
}

} // namespace loopstep::app::theme
