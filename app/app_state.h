// Everything the app's views show or change, in one place (Dear ImGui style: the state lives in
// the app, views get a reference to it). It holds no GL or ImGui objects, so it is unit-tested.
#pragma once

#include "app/catalogue.h"
#include "app/cli_options.h"
#include "app/python_highlight.h"
#include "app/scenario_document.h"
#include "app/session.h"
#include "app/task_style.h"
#include "app/user_files.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace loopstep::app {

// A language the lessons are written in; the header's title.ko / summary.ja fields.
struct LessonLanguage {
    const char* code; // "en", "ko", "ja"
    const char* name; // in its own script, as the menu shows it
};
inline constexpr LessonLanguage lesson_languages[] = {
    {"en", "English"}, {"ko", "한국어"}, {"ja", "日本語"}};

struct AppState {
    Catalogue catalogue;
    std::vector<std::filesystem::path> scenarios_dirs_tried; // shown when none was found
    std::optional<ScenarioDocument> doc;                     // the open scenario, if any
    std::uint64_t doc_revision = 0; // changes whenever `doc`'s text does (views re-measure it)
    std::uint64_t doc_opened = 0;   // changes when another file is opened (views reset scroll)
    std::string lang = "en";        // the interface and lesson language (View > Language)
    bool presentation = false;      // View > Presentation mode: projector theme, larger font
    float font_scale = 1.0f;        // Ctrl + / Ctrl -, on top of the display's scale

    // The recording of `doc` and the cursor over it (a pointer: the Session owns a thread and a
    // mutex, and AppState is moved once at start-up).
    std::unique_ptr<Session> session = std::make_unique<Session>();
    Granularity granularity = Granularity::Callback;
    bool asyncio_debug = false; // Debug ▸ asyncio debug mode: record with debug=True
    Selection selection;        // the task selected in any pane, highlighted in all of them
    RecentFiles recent;
    bool full_screen = false; // F11; main.cpp applies it to the window

    // The widest line of `doc` in the code font, which the Source pane measures once per
    // document and font rather than every frame.
    struct SourceWidth {
        std::uint64_t revision = 0;
        const void* font = nullptr;
        float width = 0;
    } source_width;
    // Its syntax colouring, made once per text.
    struct SourceSpans {
        std::uint64_t revision = 0;
        std::vector<std::vector<HighlightSpan>> spans;
    } source_spans;

    bool show_open_dialog = false;
    bool show_about = false;
    bool quit_requested = false;
    std::string open_path_input; // the File ▸ Open scenario… field
    std::string open_error;      // why the last open failed, shown in that dialog

    // Replaces the open scenario and starts recording it. On failure keeps the current one and
    // sets `open_error`.
    bool open_scenario(const std::filesystem::path& path);
    // Reads the open file again and records it, keeping the cursor and breakpoints (Ctrl+R, a
    // change on disk, the debug-mode toggle).
    void reload();
    void set_asyncio_debug(bool on);
    // Records the open file again when it changed on disk; `now` is seconds on any steady clock.
    // Checks the file's modification time at most twice a second.
    void watch_file(double now);
    std::string window_title() const;

    // Text that entered the state since the last take_new_text(), for the font atlas to cover
    // (it holds only the glyphs in use, so Korean and Japanese cost nothing until they appear).
    void note_new_text(std::string text) { new_text_.push_back(std::move(text)); }
    std::vector<std::string> take_new_text();

  private:
    void record_doc(bool keep_cursor);
    std::vector<std::string> new_text_;
    std::filesystem::file_time_type doc_mtime_{};
    double last_watch_ = -1;
};

struct StartupResult {
    std::optional<AppState> state;
    std::string error; // why the app cannot start, e.g. the --scenario file does not exist
};

// The state the app starts in: the catalogue from --scenarios-dir or the usual places, and the
// --scenario file, or else the catalogue's first scenario, or else nothing (an empty state).
StartupResult make_app_state(const CliOptions& options, const std::filesystem::path& exe);

} // namespace loopstep::app
