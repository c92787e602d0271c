// Screenshot mode's output: the frame just rendered, read back from the GL back buffer and saved
// as a PNG. The GUI tests check these files, and they are how we look at the app without a
// screen.
#pragma once

#include <string>

namespace loopstep::app {

// Reads `width` x `height` pixels of the current back buffer (call after rendering, before the
// swap) and writes them to `path` as an 8-bit RGB PNG. On failure sets `error`.
bool save_back_buffer_png(const std::string& path, int width, int height, std::string* error);

} // namespace loopstep::app
