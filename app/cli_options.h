// The command line of `loopstep`: which mode to start in, and with which files. Parsing is pure
// (no window, no file is touched), so it is unit-tested, and `--help` and `run` never need a
// display.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace loopstep::app {

enum class Mode {
    Gui,        // the window, until the user closes it
    Screenshot, // the window for a fixed number of frames, then a PNG of the last one
    Run,        // `loopstep run FILE.py`: the headless runner, no window
    Record,     // `loopstep record FILE.py -o out.json`: record, export a trace, no window
    Bench,      // --bench-frames N: the window for N frames, timing the timeline and the whole UI
    Help,
    Version,
};

struct CliOptions {
    Mode mode = Mode::Gui;
    std::string scenario;      // --scenario FILE.py ("" = the catalogue's first lesson)
    std::string scenarios_dir; // --scenarios-dir DIR ("" = search the usual places)
    std::string screenshot;    // --screenshot OUT.png
    int frames = 0;            // --frames N, only with --screenshot
    // --cursor N|P%|end: the event the app opens at (none of them: before the first event).
    std::optional<std::uint64_t> cursor;
    std::optional<int> cursor_percent;
    bool cursor_end = false;
    int bench_frames = 0;      // --bench-frames N (with --screenshot: also save the last)
    std::vector<std::string> run_args; // everything after `run` or `record`
};

inline constexpr int default_screenshot_frames = 3;

struct CliParse {
    CliOptions options;
    std::string error; // non-empty when the command line is wrong; says what and where
    bool ok() const { return error.empty(); }
};

// `args` excludes argv[0]. Options take their value as the next argument or after '='.
CliParse parse_cli(std::span<const std::string> args);

// The text `loopstep --help` prints.
std::string usage_text();

} // namespace loopstep::app
