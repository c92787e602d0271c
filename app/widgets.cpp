// The shared drawing helpers; see widgets.h.
#include "app/widgets.h"

#include "app/theme.h"

#include <algorithm>
#include <string>

namespace loopstep::app {

void pane_caption(std::string_view caption, std::string_view detail) {
    std::string upper(caption);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    ImGui::PushStyleColor(ImGuiCol_Text, theme::text_dim());
    ImGui::TextUnformatted(upper.c_str());
    if (!detail.empty()) {
        float w = ImGui::CalcTextSize(detail.data(), detail.data() + detail.size()).x;
        float right = ImGui::GetWindowContentRegionMax().x;
        ImGui::SameLine();
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - w));
        ImGui::TextUnformatted(detail.data(), detail.data() + detail.size());
    }
    ImGui::PopStyleColor();
    ImGui::Separator();
    ImGui::Spacing();
}

void chip(std::string_view label, ImVec4 background, ImVec4 text) {
    const ImVec2 pad(ImGui::GetStyle().FramePadding.x * 0.8f,
                     ImGui::GetStyle().FramePadding.y * 0.5f);
    ImVec2 size = ImGui::CalcTextSize(label.data(), label.data() + label.size());
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 end(pos.x + size.x + 2 * pad.x, pos.y + size.y + 2 * pad.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, end, ImGui::GetColorU32(background), (end.y - pos.y) * 0.5f);
    dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(text), label.data(),
                label.data() + label.size());
    ImGui::Dummy(ImVec2(end.x - pos.x, end.y - pos.y));
}

} // namespace loopstep::app
