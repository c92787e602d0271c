// `loopstep run FILE.py`: the headless runner. It runs FILE.py in the simulator and prints what
// CPython 3.11 prints for it, so the conformance tests and CI can compare the two. It never opens
// a window, so it works without a display.
#pragma once

#include <ostream>
#include <span>
#include <string>

namespace loopstep::app {

// `args` are the words after `run`. Returns the process exit status.
int run_command(std::span<const std::string> args, std::ostream& out, std::ostream& err);

} // namespace loopstep::app
