// Where the lessons live. The app is started from a build tree, an install, or a copied folder,
// from any working directory, so the scenarios/ folder is searched next to the executable first
// and then in the source tree it was built from; --scenarios-dir overrides both.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace loopstep::app {

// The running program's own path (/proc/self/exe), or argv0 made absolute when that fails.
std::filesystem::path executable_path(const char* argv0);

// The places to look, best first, for an executable at `exe`.
std::vector<std::filesystem::path> scenarios_dir_candidates(const std::filesystem::path& exe);

struct ScenariosDirSearch {
    std::filesystem::path found; // empty when no candidate is a directory
    std::vector<std::filesystem::path> tried;
};

ScenariosDirSearch find_scenarios_dir(const std::vector<std::filesystem::path>& candidates);

} // namespace loopstep::app
