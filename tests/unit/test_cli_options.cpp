// The loopstep command line: what each documented form does, and the errors a user sees.
#include "app/cli_options.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace loopstep::app;

namespace {
CliParse parse(std::vector<std::string> args) {
    return parse_cli(args);
}
} // namespace

TEST_CASE("no arguments opens the app on the default scenario", "[cli]") {
    auto p = parse({});
    REQUIRE(p.ok());
    CHECK(p.options.mode == Mode::Gui);
    CHECK(p.options.scenario.empty());
}

TEST_CASE("the --scenario option takes the next word or the part after '='", "[cli]") {
    auto a = parse({"--scenario", "lesson.py"});
    REQUIRE(a.ok());
    CHECK(a.options.mode == Mode::Gui);
    CHECK(a.options.scenario == "lesson.py");
    auto b = parse({"--scenario=dir/x=y.py", "--scenarios-dir", "lessons"});
    REQUIRE(b.ok());
    CHECK(b.options.scenario == "dir/x=y.py");
    CHECK(b.options.scenarios_dir == "lessons");
}

TEST_CASE("the --screenshot option with --frames selects screenshot mode", "[cli]") {
    auto p = parse({"--scenario", "a.py", "--screenshot", "out.png", "--frames", "5"});
    REQUIRE(p.ok());
    CHECK(p.options.mode == Mode::Screenshot);
    CHECK(p.options.screenshot == "out.png");
    CHECK(p.options.frames == 5);

    auto defaulted = parse({"--screenshot=out.png"});
    REQUIRE(defaulted.ok());
    CHECK(defaulted.options.frames == default_screenshot_frames);
}

TEST_CASE("run passes every later word to the headless runner", "[cli]") {
    auto p = parse({"run", "prog.py", "--scenario", "x"});
    REQUIRE(p.ok());
    CHECK(p.options.mode == Mode::Run);
    CHECK(p.options.run_args == std::vector<std::string>{"prog.py", "--scenario", "x"});
    CHECK(parse({"run"}).options.run_args.empty());
}

TEST_CASE("the --help and --version options win over other options", "[cli]") {
    CHECK(parse({"--scenario", "a.py", "--help"}).options.mode == Mode::Help);
    CHECK(parse({"-h"}).options.mode == Mode::Help);
    CHECK(parse({"--version"}).options.mode == Mode::Version);
}

TEST_CASE("mistakes are reported with the offending word", "[cli]") {
    CHECK(parse({"--bogus"}).error == "unknown option '--bogus'");
    CHECK(parse({"--scenario"}).error == "option --scenario needs a value");
    CHECK(parse({"--scenario="}).error == "option --scenario needs a non-empty value");
    CHECK(parse({"lesson.py"}).error ==
          "unexpected argument 'lesson.py' (to open a file: --scenario lesson.py)");
    CHECK(parse({"--scenario", "a.py", "run"}).error ==
          "'run' must come first: loopstep run FILE.py");
    CHECK(parse({"--frames", "3"}).error ==
          "--frames only applies together with --screenshot OUT.png");
    for (const char* bad : {"0", "-1", "3x", "", "100001"}) {
        INFO("frames = '" << bad << "'");
        CHECK_FALSE(parse({"--screenshot", "o.png", "--frames", bad}).ok());
    }
}

TEST_CASE("the --cursor option takes an event number, a percentage or the word end", "[cli]") {
    auto n = parse({"--scenario", "a.py", "--cursor", "120", "--screenshot", "o.png"});
    REQUIRE(n.ok());
    CHECK(n.options.cursor == std::optional<std::uint64_t>(120));
    auto half = parse({"--scenario", "a.py", "--cursor=50%"});
    REQUIRE(half.ok());
    CHECK(half.options.cursor_percent == std::optional<int>(50));
    auto end = parse({"--cursor", "end"});
    REQUIRE(end.ok());
    CHECK(end.options.cursor_end);
    CHECK_FALSE(end.options.cursor);
    for (const char* bad : {"-1", "x", "101%", "%", "3.5"}) {
        INFO("cursor = '" << bad << "'");
        CHECK(parse({"--cursor", bad}).error ==
              std::string("--cursor wants an event number, a percentage or 'end', not '") + bad +
                  "'");
    }
}

TEST_CASE("the usage text documents every form", "[cli]") {
    std::string u = usage_text();
    for (const char* form : {"loopstep [--scenario FILE.py]", "--screenshot OUT.png", "--frames N",
                             "loopstep run [--trace] [--asyncio-debug] [--max-steps N] FILE.py",
                             "--cursor N|P%|end", "--scenarios-dir DIR", "--help", "--version"}) {
        INFO(form);
        CHECK(u.find(form) != std::string::npos);
    }
}

TEST_CASE("benchmark mode is --bench-frames N, with or without a screenshot", "[cli]") {
    auto p = parse({"--bench-frames", "300", "--scenario", "big.py"});
    REQUIRE(p.ok());
    CHECK(p.options.mode == Mode::Bench);
    CHECK(p.options.bench_frames == 300);
    CHECK(p.options.scenario == "big.py");
    auto shot = parse({"--bench-frames=5", "--screenshot", "last.png"});
    REQUIRE(shot.ok());
    CHECK(shot.options.mode == Mode::Bench);
    CHECK(shot.options.screenshot == "last.png");
    CHECK(parse({"--bench-frames", "0"}).error ==
          "--bench-frames wants a whole number from 1 to 100000, not '0'");
    CHECK(parse({"--bench-frames", "5", "--screenshot", "o.png", "--frames", "2"}).error ==
          "--bench-frames sets the frame count; leave out --frames");
}
