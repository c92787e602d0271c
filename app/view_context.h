// What every view needs besides the AppState: the fonts, the display scale, the interface
// language (panes that take no AppState read it here), and facts about the running system for
// Help ▸ About. Views read it; only the Ui object owns it.
#pragma once

#include "app/fonts.h"

#include <string>

namespace loopstep::app {

struct ViewContext {
    const FontLibrary& fonts;
    float scale;
    std::string gl_renderer; // e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
    std::string gl_version;
    std::string lang = "en"; // the interface language (View > Language), as AppState::lang
};

} // namespace loopstep::app
