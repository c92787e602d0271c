// How the app starts and opens files: the default scenario, --scenario, --scenarios-dir, and the
// errors a user sees, plus the source lines the Source pane shows.
#include "app/app_state.h"
#include "app/scenario_document.h"
#include "app/scenario_paths.h"

#include "temp_dir.h"

#include <catch2/catch.hpp>

using namespace loopstep::app;
using loopstep::testing::TempDir;
namespace fs = std::filesystem;

TEST_CASE("source lines are numbered as Python numbers them", "[source]") {
    CHECK(split_source_lines("") == std::vector<std::string>{});
    CHECK(split_source_lines("a\nb\n") == std::vector<std::string>{"a", "b"});
    CHECK(split_source_lines("a\r\nb") == std::vector<std::string>{"a", "b"});
    CHECK(split_source_lines("a\rb\n\n") == std::vector<std::string>{"a", "b", ""});
    // A tab advances to the next multiple of 8, counting characters, not bytes.
    CHECK(split_source_lines("\tx\nab\ty\né\tz") ==
          std::vector<std::string>{"        x", "ab      y", "é       z"});
}

TEST_CASE("without --scenario the app opens the catalogue's first scenario", "[app]") {
    TempDir dir;
    dir.write("02_second.py", "# title: Second\nprint(2)\n");
    dir.write("01_first.py", "# title: First\n# topic: basics\nprint(1)\n");
    CliOptions opts;
    opts.scenarios_dir = dir.path().string();
    auto start = make_app_state(opts, "/nonexistent/loopstep");
    REQUIRE(start.state);
    REQUIRE(start.state->doc);
    CHECK(start.state->doc->path.filename() == "01_first.py");
    CHECK(start.state->doc->lines ==
          std::vector<std::string>{"# title: First", "# topic: basics", "print(1)"});
    CHECK(start.state->window_title() == "loopstep — First");
    CHECK(start.state->catalogue.entries.size() == 2);
}

TEST_CASE("the --scenario file wins over the catalogue; an empty folder opens nothing", "[app]") {
    TempDir dir;
    auto lesson = dir.write("elsewhere/mine.py", "print('mine')\n");
    dir.write("lessons/01_a.py", "# title: A\n");
    CliOptions opts;
    opts.scenarios_dir = (dir.path() / "lessons").string();
    opts.scenario = lesson.string();
    auto start = make_app_state(opts, "/nonexistent/loopstep");
    REQUIRE(start.state);
    CHECK(start.state->doc->path == lesson);
    CHECK(start.state->window_title() == "loopstep — mine.py");

    TempDir empty;
    CliOptions none;
    none.scenarios_dir = empty.path().string();
    auto bare = make_app_state(none, "/nonexistent/loopstep");
    REQUIRE(bare.state);
    CHECK_FALSE(bare.state->doc);
    CHECK(bare.state->window_title() == "loopstep");
}

TEST_CASE("start-up errors name the file or folder", "[app]") {
    TempDir dir;
    CliOptions missing_file;
    missing_file.scenarios_dir = dir.path().string();
    missing_file.scenario = (dir.path() / "nope.py").string();
    auto a = make_app_state(missing_file, "/nonexistent/loopstep");
    CHECK_FALSE(a.state);
    CHECK(a.error == "cannot open '" + missing_file.scenario + "': No such file or directory");

    CliOptions missing_dir;
    missing_dir.scenarios_dir = (dir.path() / "nope").string();
    auto b = make_app_state(missing_dir, "/nonexistent/loopstep");
    CHECK_FALSE(b.state);
    CHECK(b.error == "--scenarios-dir '" + missing_dir.scenarios_dir + "' is not a folder");

    CliOptions folder_as_file;
    folder_as_file.scenarios_dir = dir.path().string();
    folder_as_file.scenario = dir.path().string();
    auto c = make_app_state(folder_as_file, "/nonexistent/loopstep");
    CHECK(c.error == "cannot open '" + dir.path().string() + "': it is a folder, not a file");
}

TEST_CASE("a failed open keeps the current scenario and says why", "[app]") {
    TempDir dir;
    auto first = dir.write("01.py", "print(1)\n");
    CliOptions opts;
    opts.scenarios_dir = dir.path().string();
    auto start = make_app_state(opts, "/nonexistent/loopstep");
    REQUIRE(start.state);
    AppState& state = *start.state;
    auto revision = state.doc_revision;
    CHECK_FALSE(state.open_scenario(dir.path() / "gone.py"));
    CHECK(state.doc->path == first);
    CHECK(state.doc_revision == revision);
    CHECK(state.open_error.find("No such file or directory") != std::string::npos);

    auto second = dir.write("02.py", "print(2)\n");
    CHECK(state.open_scenario(second));
    CHECK(state.doc->path == second);
    CHECK(state.doc_revision == revision + 1);
    CHECK(state.open_error.empty());
}

TEST_CASE("the scenarios folder is looked for next to the program first", "[paths]") {
    auto candidates = scenarios_dir_candidates("/opt/loopstep/bin/loopstep");
    REQUIRE(candidates.size() >= 2);
    CHECK(candidates[0] == fs::path("/opt/loopstep/bin/scenarios"));
    CHECK(candidates[1] == fs::path("/opt/loopstep/share/loopstep/scenarios"));

    TempDir dir;
    fs::create_directories(dir.path() / "b");
    fs::create_directories(dir.path() / "c");
    auto found = find_scenarios_dir({dir.path() / "a", dir.path() / "b", dir.path() / "c"});
    CHECK(found.found == dir.path() / "b");
    CHECK(found.tried.size() == 2);

    auto none = find_scenarios_dir({dir.path() / "a"});
    CHECK(none.found.empty());
    CHECK(none.tried == std::vector<fs::path>{dir.path() / "a"});
}
