// Locating the scenarios folder; see scenario_paths.h.
#include "app/scenario_paths.h"

#include <system_error>

namespace loopstep::app {

namespace fs = std::filesystem;

fs::path executable_path(const char* argv0) {
    std::error_code ec;
    fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec && !self.empty()) return self;
    fs::path fallback = argv0 ? fs::path(argv0) : fs::path();
    return fs::absolute(fallback, ec).lexically_normal();
}

std::vector<fs::path> scenarios_dir_candidates(const fs::path& exe) {
    fs::path dir = exe.parent_path();
    std::vector<fs::path> out = {
        dir / "scenarios",                                                    // a copied folder
        (dir / ".." / "share" / "loopstep" / "scenarios").lexically_normal(), // an install
    };
#ifdef LOOPSTEP_SOURCE_SCENARIOS_DIR
    out.emplace_back(LOOPSTEP_SOURCE_SCENARIOS_DIR); // the tree this binary was built from
#endif
    return out;
}

ScenariosDirSearch find_scenarios_dir(const std::vector<fs::path>& candidates) {
    ScenariosDirSearch result;
    for (const auto& c : candidates) {
        result.tried.push_back(c);
        std::error_code ec;
        if (fs::is_directory(c, ec)) {
            result.found = c;
            break;
        }
    }
    return result;
}

} // namespace loopstep::app
