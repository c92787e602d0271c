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
    ++doc_opened;
    std::error_code ec;
    doc_mtime_ = fs::last_write_time(doc->path, ec);
    selection = {};
    recent.add(doc->path);
    record_doc(false);
    return true;
}

void AppState::record_doc(bool keep_cursor) {
    // Tracebacks and warnings name the file as `python3 NAME.py` run from its folder does.
    session->request(doc->path.filename().string(), doc->text, asyncio_debug, keep_cursor);
}

void AppState::reload() {
    if (!doc) return;
    std::string error;
    auto loaded = load_scenario(doc->path, &error);
    if (!loaded) {
        open_error = error;
        return;
    }
    open_error.clear();
    std::error_code ec;
    doc_mtime_ = fs::last_write_time(doc->path, ec);
    if (loaded->text != doc->text) {
        note_new_text(loaded->text);
        doc = std::move(*loaded);
        ++doc_revision;
    }
    record_doc(true);
}

void AppState::set_asyncio_debug(bool on) {
    if (asyncio_debug == on) return;
    asyncio_debug = on;
    if (doc) record_doc(true);
}

void AppState::watch_file(double now) {
    if (!doc || (last_watch_ >= 0 && now - last_watch_ < 0.5)) return;
    last_watch_ = now;
    std::error_code ec;
    auto mtime = fs::last_write_time(doc->path, ec);
    // A file being saved may be missing for a moment; the next look will find it.
    if (ec || mtime == doc_mtime_) return;
    reload();
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
    if (options.mode == Mode::Gui) {
        // Screenshots and tests leave the user's recent files alone.
        if (auto dir = user_config_dir(); !dir.empty()) state.recent = RecentFiles(dir / "recent");
        state.recent.load();
    }
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
