// The task palette and the state styles; see task_style.h.
#include "app/task_style.h"

namespace loopstep::app {

namespace {

constexpr Rgba rgb(std::uint8_t r, std::uint8_t g, std::uint8_t b) {
    return 0xFF000000u | (Rgba(b) << 16) | (Rgba(g) << 8) | Rgba(r);
}

// Hues ordered so that neighbouring task numbers differ most (tasks made together sit together).
constexpr Rgba kPalette[kTaskPaletteSize] = {
    rgb(0x4E, 0x9A, 0xF1), rgb(0xF2, 0x8E, 0x2B), rgb(0x59, 0xC1, 0x6C), rgb(0xE1, 0x57, 0x59),
    rgb(0xB0, 0x7A, 0xE8), rgb(0xED, 0xC9, 0x48), rgb(0x4D, 0xC7, 0xC2), rgb(0xFF, 0x9D, 0xA7),
    rgb(0x9C, 0x75, 0x5F), rgb(0xA0, 0xCB, 0xE8), rgb(0xB6, 0xD8, 0x4A), rgb(0xD3, 0x7F, 0xC0),
};

} // namespace

Rgba task_colour(record::TaskId task) {
    if (task == 0) return rgb(0xA0, 0xA4, 0xAC); // code outside any task
    return kPalette[(task - 1) % kTaskPaletteSize];
}

StateStyle state_style(record::TaskState s) {
    using record::TaskState;
    switch (s) {
    case TaskState::Running: return {"running", rgb(0x3F, 0xB9, 0x50), FillPattern::Solid};
    case TaskState::Ready: return {"ready", rgb(0xE3, 0xB3, 0x41), FillPattern::Hatched};
    case TaskState::Waiting: return {"waiting", rgb(0x6E, 0x76, 0x81), FillPattern::Dotted};
    case TaskState::Done: return {"done", rgb(0x58, 0xA6, 0xFF), FillPattern::Outline};
    case TaskState::Cancelled: return {"cancelled", rgb(0x8B, 0x94, 0x9E), FillPattern::Outline};
    case TaskState::Failed: return {"failed", rgb(0xF8, 0x51, 0x49), FillPattern::Outline};
    }
    return {"?", rgb(0xFF, 0xFF, 0xFF), FillPattern::Solid};
}

} // namespace loopstep::app
