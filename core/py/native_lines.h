// Lines of CPython's Python code that loopstep runs as native code: the event loop's _run_once
// calling Handle._run (base_events.py and events.py are Python in CPython). While such native
// code calls back into Python, the stack walkers (traceback.extract_stack, a handle's or task's
// source traceback, a coroutine's origin) show these lines between the Python frames, exactly
// where CPython's stack has them, so debug-mode reports match CPython's line for line.
#pragma once

#include <span>
#include <string>

namespace loopstep::py {

struct Frame;

struct NativeLine {
    const char* filename;
    int lineno;
    const char* name;
    const char* text;
};

// While alive, frames called from `caller` (the Python frame that entered the native code) are
// shown with `lines` (innermost first) between them and `caller`.
class NativeLinesScope {
  public:
    NativeLinesScope(const Frame* caller, std::span<const NativeLine> lines);
    ~NativeLinesScope();
    NativeLinesScope(const NativeLinesScope&) = delete;
    NativeLinesScope& operator=(const NativeLinesScope&) = delete;

  private:
    const Frame* caller_;
};

// The native lines to show between `f` and f->back, innermost first (empty when none).
std::span<const NativeLine> native_lines_below(const Frame* f);
// The source text of a native line, for line lookups by file name and number; null if unknown.
const char* native_line_text(const std::string& filename, int lineno);

} // namespace loopstep::py
