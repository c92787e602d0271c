// `loopstep record FILE.py -o out.json`: runs FILE.py headless with everything recorded, prints
// the program's output as `loopstep run` does, and writes the recording as Chrome Trace Event
// JSON that Perfetto (ui.perfetto.dev) and chrome://tracing open. --stats prints the recording's
// size, --hash its determinism hash, --bench-seek N the time to reconstruct the state at N random
// events. It never opens a window.
#pragma once

#include <ostream>
#include <span>
#include <string>

namespace loopstep::app {

// `args` are the words after `record`. Returns the process exit status.
int record_command(std::span<const std::string> args, std::ostream& out, std::ostream& err);

} // namespace loopstep::app
