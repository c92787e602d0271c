// Everything the app's views show or change, in one place (Dear ImGui style: the state lives in
// the app, views get a reference to it). It holds no GL or ImGui objects, so it is unit-tested.
#pragma once

#include "app/catalogue.h"
#include "app/cli_options.h"
#include "app/scenario_document.h"
#include "app/task_style.h"

#include <cstdint>
#include <filesystem>
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
    std::uint64_t doc_revision = 0; // changes whenever `doc` does, so views reset their scroll
    std::string lang = "en";        // the interface and lesson language (View > Language)
    Selection selection;            // the task selected in any pane, highlighted in all of them
    bool presentation = false;      // View > Presentation mode: projector theme, larger font
    float font_scale = 1.0f;        // Ctrl + / Ctrl -, on top of the display's scale

    // The widest line of `doc` in the code font, which the Source pane measures once per
    // document and font rather than every frame.
    struct SourceWidth {
        std::uint64_t revision = 0;
        const void* font = nullptr;
        float width = 0;
    } source_width;

    bool show_open_dialog = false;
    bool show_about = false;
    bool quit_requested = false;
    std::string open_path_input; // the File ▸ Open scenario… field
    std::string open_error;      // why the last open failed, shown in that dialog

    // Replaces the open scenario. On failure keeps the current one and sets `open_error`.
    bool open_scenario(const std::filesystem::path& path);
    std::string window_title() const;

    // Text that entered the state since the last take_new_text(), for the font atlas to cover
    // (it holds only the glyphs in use, so Korean and Japanese cost nothing until they appear).
    void note_new_text(std::string text) { new_text_.push_back(std::move(text)); }
    std::vector<std::string> take_new_text();

  private:
    std::vector<std::string> new_text_;
};

struct StartupResult {
    std::optional<AppState> state;
    std::string error; // why the app cannot start, e.g. the --scenario file does not exist
};

// The state the app starts in: the catalogue from --scenarios-dir or the usual places, and the
// --scenario file, or else the catalogue's first scenario, or else nothing (an empty state).
StartupResult make_app_state(const CliOptions& options, const std::filesystem::path& exe);

} // namespace loopstep::app
