// The app records its file again by itself: when the file changes on disk (seen within half a
// second), on Ctrl+R, and when asyncio's debug mode is switched; the cursor and breakpoints stay.
#include "app/app_state.h"

#include "temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace loopstep::app;
using loopstep::testing::TempDir;
namespace fs = std::filesystem;

namespace {

std::string output_of(const AppState& s) {
    std::string out;
    for (const auto& l : s.session->recording()->output_lines()) out += l.text + "\n";
    return out;
}

AppState open_file(const fs::path& file) {
    CliOptions opts;
    opts.scenario = file.string();
    opts.scenarios_dir = file.parent_path().string();
    opts.mode = Mode::Screenshot; // leaves the user's recent files alone
    auto start = make_app_state(opts, "/nonexistent/loopstep");
    REQUIRE(start.state);
    AppState s = std::move(*start.state);
    s.session->wait();
    return s;
}

} // namespace

TEST_CASE("a file changed on disk is recorded again, keeping the cursor", "[app][watch]") {
    TempDir dir;
    auto file = dir.write("prog.py", "print('one')\nprint('two')\n");
    AppState s = open_file(file);
    CHECK(output_of(s) == "one\ntwo\n");
    s.session->to_end();
    s.session->toggle_breakpoint(2);
    const auto cursor = s.session->cursor();

    s.watch_file(100.0); // the first look only notes the time
    dir.write("prog.py", "print('three')\nprint('four')\n");
    // Make sure the modification time differs even on a coarse-grained file system.
    fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(2));
    s.watch_file(100.2); // too soon: the file is looked at twice a second at most
    CHECK_FALSE(s.session->busy());
    s.watch_file(100.6);
    CHECK(s.session->busy());
    s.session->wait();
    CHECK(output_of(s) == "three\nfour\n");
    CHECK(s.doc->lines.at(0) == "print('three')");
    CHECK(s.session->breakpoints() == std::set<int>{2});
    CHECK(s.session->cursor() <= cursor);

    s.watch_file(101.2); // unchanged since: nothing to do
    CHECK_FALSE(s.session->busy());
}

TEST_CASE("switching debug mode records again with asyncio's debug mode", "[app][watch]") {
    TempDir dir;
    auto file = dir.write("prog.py", "import asyncio\n\nasync def main():\n"
                                     "    print(asyncio.get_running_loop().get_debug())\n\n"
                                     "asyncio.run(main())\n");
    AppState s = open_file(file);
    CHECK(output_of(s) == "False\n"); // CPython prints False, and True under PYTHONASYNCIODEBUG=1
    s.set_asyncio_debug(true);
    s.session->wait();
    CHECK(output_of(s) == "True\n");
    s.reload(); // Ctrl+R keeps debug mode
    s.session->wait();
    CHECK(output_of(s) == "True\n");
}
