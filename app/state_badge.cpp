// The drawn state marks; see state_badge.h.
#include "app/state_badge.h"

#include <algorithm>
#include <cmath>

namespace loopstep::app {

namespace {

// The square that a glyph of the current font would take on the current line.
struct IconBox {
    ImVec2 min, max;
    float side;
};

IconBox reserve_icon() {
    const float side = ImGui::GetTextLineHeight();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float inset = std::round(side * 0.12f);
    ImGui::Dummy(ImVec2(side, side));
    return {{pos.x + inset, pos.y + inset},
            {pos.x + side - inset, pos.y + side - inset},
            side - 2 * inset};
}

} // namespace

void draw_pattern(ImDrawList* dl, ImVec2 min, ImVec2 max, Rgba colour, FillPattern pattern) {
    const float w = max.x - min.x, h = max.y - min.y;
    const float stroke = std::max(1.0f, std::round(std::min(w, h) * 0.12f));
    switch (pattern) {
    case FillPattern::Solid: dl->AddRectFilled(min, max, colour); break;
    case FillPattern::Hatched: {
        dl->PushClipRect(min, max, true);
        const float step = std::max(3.0f, std::min(w, h) * 0.35f);
        for (float x = -h; x < w; x += step)
            dl->AddLine(ImVec2(min.x + x, max.y), ImVec2(min.x + x + h, min.y), colour, stroke);
        dl->PopClipRect();
        dl->AddRect(min, max, colour, 0, 0, stroke);
        break;
    }
    case FillPattern::Dotted: {
        const float step = std::max(3.0f, std::min(w, h) * 0.33f);
        const float r = std::max(0.8f, step * 0.22f);
        for (float y = min.y + step * 0.5f; y < max.y; y += step)
            for (float x = min.x + step * 0.5f; x < max.x; x += step)
                dl->AddCircleFilled(ImVec2(x, y), r, colour, 6);
        dl->AddRect(min, max, colour, 0, 0, std::max(1.0f, stroke * 0.6f));
        break;
    }
    case FillPattern::Outline: dl->AddRect(min, max, colour, 0, 0, stroke); break;
    }
}

void state_badge(record::TaskState state) {
    const StateStyle style = state_style(state);
    const IconBox b = reserve_icon();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    draw_pattern(dl, b.min, b.max, style.colour, style.pattern);
    const float s = b.side, t = std::max(1.5f, s * 0.14f);
    auto at = [&](float fx, float fy) { return ImVec2(b.min.x + fx * s, b.min.y + fy * s); };
    switch (state) {
    case record::TaskState::Done: {
        const ImVec2 tick[] = {at(0.22f, 0.52f), at(0.42f, 0.72f), at(0.78f, 0.30f)};
        dl->AddPolyline(tick, 3, style.colour, 0, t);
        break;
    }
    case record::TaskState::Cancelled:
        dl->AddLine(at(0.22f, 0.5f), at(0.78f, 0.5f), style.colour, t);
        break;
    case record::TaskState::Failed:
        dl->AddLine(at(0.25f, 0.25f), at(0.75f, 0.75f), style.colour, t);
        dl->AddLine(at(0.75f, 0.25f), at(0.25f, 0.75f), style.colour, t);
        break;
    default: break;
    }
}

void loop_activity_icon(record::LoopActivity activity, ImU32 colour) {
    const IconBox b = reserve_icon();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float s = b.side;
    const ImVec2 c(b.min.x + s * 0.5f, b.min.y + s * 0.5f);
    const float t = std::max(1.5f, s * 0.12f);
    switch (activity) {
    case record::LoopActivity::Callback:
        dl->AddTriangleFilled(ImVec2(b.min.x + s * 0.15f, b.min.y), ImVec2(b.max.x, c.y),
                              ImVec2(b.min.x + s * 0.15f, b.max.y), colour);
        break;
    case record::LoopActivity::Waiting:
        dl->AddCircle(c, s * 0.5f, colour, 16, t);
        dl->AddLine(c, ImVec2(c.x, b.min.y + s * 0.18f), colour, t);
        dl->AddLine(c, ImVec2(c.x + s * 0.28f, c.y), colour, t);
        break;
    case record::LoopActivity::Blocked: {
        ImVec2 octagon[8];
        for (int i = 0; i < 8; ++i) {
            const float a = (static_cast<float>(i) + 0.5f) * 3.14159265f / 4.0f;
            octagon[i] = ImVec2(c.x + std::cos(a) * s * 0.54f, c.y + std::sin(a) * s * 0.54f);
        }
        dl->AddConvexPolyFilled(octagon, 8, colour);
        dl->AddLine(ImVec2(b.min.x + s * 0.22f, c.y), ImVec2(b.max.x - s * 0.22f, c.y),
                    IM_COL32_WHITE, t * 1.4f);
        break;
    }
    case record::LoopActivity::Outside: dl->AddCircleFilled(c, s * 0.22f, colour, 12); break;
    }
}

} // namespace loopstep::app
