// Export of a Recording as Chrome Trace Event JSON (the format chrome://tracing and Perfetto
// open): one track per simulated thread and one per task, with the loop's callbacks as complete
// ("X") slices on its thread's track, each task's running and waiting spans on its own track,
// blocking calls and timer waits on the loop's track, and output as instant ("i") events.
//
// Timestamps are virtual time in microseconds. Many callbacks run at the same virtual instant, so
// each slice boundary is moved forward just enough (1 µs after the previous one) to keep every
// slice at least 1 µs long and in order; later events snap back to their virtual time as soon as
// the clock has moved past the shifted ones.
#pragma once

#include "core/record/recording.h"

#include <ostream>
#include <string>

namespace loopstep::record {

// `title` names the process track (usually the program's file name).
void write_chrome_trace(const Recording& rec, const std::string& title, std::ostream& out);

} // namespace loopstep::record
