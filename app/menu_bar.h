// The main menu bar (File, Scenarios, View, Help) and its keyboard shortcuts.
#pragma once

#include "app/app_state.h"

namespace loopstep::app {

void draw_menu_bar(AppState& state);

// Ctrl+O open, Ctrl+R reload, Ctrl+Q quit, Ctrl + / Ctrl - font size; they work whether or not a
// menu is open.
void handle_shortcuts(AppState& state);

} // namespace loopstep::app
