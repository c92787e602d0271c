// The app's state and how it starts; see app_state.h.
#include "app/app_state.h"

#include "app/scenario_paths.h"

#include <system_error>

namespace loopstep::app {

namespace fs = std::filesystem;

bool AppState::open_scenario(const fs::path& path) {
    std::string error;
    auto loaded = load_scenario(path, &error);
    if (!loaded) {
        open_error = error;
        return false;
    }
    open_error.clear();
    note_new_text(loaded->text);
    doc = std::move(*loaded);
    ++doc_revision;
    return true;
}

std::string AppState::window_title() const {
    if (!doc) return "loopstep";
    return "loopstep — " + doc->title(lang);
}

std::vector<std::string> AppState::take_new_text() {
    std::vector<std::string> out;
    out.swap(new_text_);
    return out;
}

StartupResult make_app_state(const CliOptions& options, const fs::path& exe) {
    StartupResult result;
    AppState state;
    fs::path dir;
    if (!options.scenarios_dir.empty()) {
        std::error_code ec;
        if (!fs::is_directory(options.scenarios_dir, ec)) {
            result.error = "--scenarios-dir '" + options.scenarios_dir + "' is not a folder";
            return result;
        }
        dir = options.scenarios_dir;
        state.scenarios_dirs_tried = {dir};
    } else {
        auto search = find_scenarios_dir(scenarios_dir_candidates(exe));
        dir = search.found;
        state.scenarios_dirs_tried = search.tried;
    }
    state.catalogue = scan_catalogue(dir);
    for (const auto& e : state.catalogue.entries)
        for (const auto& [key, value] : e.header.fields) state.note_new_text(value);

    fs::path initial = options.scenario;
    if (initial.empty() && state.catalogue.first()) initial = state.catalogue.first()->path;
    if (!initial.empty() && !state.open_scenario(initial)) {
        result.error = state.open_error;
        return result;
    }
    result.state = std::move(state);
    return result;
}

} // namespace loopstep::app
