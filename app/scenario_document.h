// A scenario file as the app shows it: its text split into display lines, and its header. The
// Source pane draws these lines, so line N here is line N in Python's tracebacks.
#pragma once

#include "core/scenario/header.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopstep::app {

struct ScenarioDocument {
    std::filesystem::path path;
    std::string text;
    std::vector<std::string> lines;
    scenario::Header header;

    // The header's title in `lang`, or the file name when the header has none.
    std::string title(std::string_view lang) const;
};

// Lines as Python numbers them: "\n", "\r\n" and "\r" end a line, a final newline does not
// start another one. Tabs become spaces up to the next multiple of 8, Python's tab stop.
std::vector<std::string> split_source_lines(std::string_view text);

// Reads a file whole. On failure returns nothing and sets `error` to a sentence naming the file.
std::optional<std::string> read_file(const std::filesystem::path& path, std::string* error);

std::optional<ScenarioDocument> load_scenario(const std::filesystem::path& path,
                                              std::string* error);

} // namespace loopstep::app
