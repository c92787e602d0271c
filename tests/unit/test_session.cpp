// The app's Session on real recordings of small programs: stepping by callback, line and await
// lands on events of that kind and comes back the same way, breakpoints stop on their line,
// play advances, errors keep the last good recording, debug mode reaches the program.
#include "app/session.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopstep;
using app::Granularity;
using app::Session;
using record::EventKind;

namespace {

// Two tasks that take turns: each prints, sleeps, prints again. Line numbers matter below.
const char* const two_tasks = R"(import asyncio

async def worker(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "end")

async def main():
    a = asyncio.create_task(worker("a", 0.2))
    b = asyncio.create_task(worker("b", 0.1))
    await a
    await b

asyncio.run(main())
)";

void record_into(Session& s, const std::string& source, bool debug = false, bool keep = false) {
    s.request("two_tasks.py", source, debug, keep);
    s.wait();
}

std::string output_text(const Session& s) {
    std::string out;
    for (const auto& line : s.recording()->output_lines()) out += line.text + "\n";
    return out;
}

} // namespace

TEST_CASE("a new recording starts before the first event", "[session]") {
    Session s;
    CHECK_FALSE(s.recording());
    record_into(s, two_tasks);
    REQUIRE(s.recording());
    CHECK_FALSE(s.problem());
    CHECK(s.before_start());
    CHECK(s.position() == 0);
    CHECK(s.state().tasks.empty());
    // What CPython prints for the program: b sleeps less, so it ends first.
    CHECK(output_text(s) == "a start\nb start\nb end\na end\n");
}

TEST_CASE("stepping by callback lands on CallbackStart events, and back retraces them",
          "[session]") {
    Session s;
    record_into(s, two_tasks);
    std::vector<std::uint64_t> forward;
    while (s.step_forward(Granularity::Callback)) {
        CHECK(s.recording()->event(s.cursor()).kind == EventKind::CallbackStart);
        forward.push_back(s.cursor());
    }
    // main's first step, a and b start, b wakes, a wakes, main wakes after a, after b: at least 7.
    CHECK(forward.size() >= 7);
    CHECK_FALSE(s.at_end()); // the last callback is followed by the loop's shutdown
    std::vector<std::uint64_t> backward;
    while (!s.before_start()) {
        backward.insert(backward.begin(), s.cursor());
        s.step_back(Granularity::Callback);
    }
    CHECK(backward == forward);
}

TEST_CASE("stepping by line follows the program's lines, of one task when one is chosen",
          "[session]") {
    Session s;
    record_into(s, two_tasks);
    REQUIRE(s.step_forward(Granularity::Line));
    CHECK(s.recording()->event(s.cursor()).kind == EventKind::Line);
    CHECK(s.state().current_line == 1); // import asyncio

    // Task 2 is worker("a"). CPython's sys.settrace sees in it: call 3 (the coroutine starts at
    // its def line), line 4, line 5, then after the sleep line 6; a step stops at each.
    s.reset();
    std::vector<int> lines;
    while (s.step_forward(Granularity::Line, 2)) {
        CHECK(s.recording()->event(s.cursor()).task == 2);
        lines.push_back(s.state().current_line);
    }
    CHECK(lines == std::vector<int>{3, 4, 5, 6});
}

TEST_CASE("stepping by await stops where tasks suspend", "[session]") {
    Session s;
    record_into(s, two_tasks);
    REQUIRE(s.step_forward(Granularity::Await));
    // main() suspends first, at `await a` on line 11.
    CHECK(s.recording()->event(s.cursor()).kind == EventKind::Await);
    const auto& main_task = s.state().tasks.at(0);
    CHECK(main_task.state == record::TaskState::Waiting);
    CHECK(main_task.line == 11);
}

TEST_CASE("run to breakpoint stops on the breakpoint's line, then at the end", "[session]") {
    Session s;
    record_into(s, two_tasks);
    s.toggle_breakpoint(6);
    REQUIRE(s.run_to_breakpoint());
    CHECK(s.state().current_line == 6);
    // b's sleep is shorter, so b reaches line 6 first, at t=0.1.
    CHECK(s.state().time == Approx(0.1));
    REQUIRE(s.run_to_breakpoint());
    CHECK(s.state().current_line == 6);
    CHECK(s.state().time == Approx(0.2));
    CHECK_FALSE(s.run_to_breakpoint());
    CHECK(s.at_end());
    s.toggle_breakpoint(6);
    CHECK(s.breakpoints().empty());
}

TEST_CASE("Home, End and the cursor's clamp", "[session]") {
    Session s;
    record_into(s, two_tasks);
    s.to_end();
    CHECK(s.at_end());
    CHECK(s.position() == s.size());
    CHECK(s.state().output_lines == 4);
    s.set_cursor(s.size() + 100);
    CHECK(s.cursor() == s.size() - 1);
    s.reset();
    CHECK(s.before_start());
    CHECK_FALSE(s.step_back(Granularity::Callback));
}

TEST_CASE("play steps at its speed and stops at the end", "[session]") {
    Session s;
    record_into(s, two_tasks);
    s.set_speed(4);
    s.set_playing(true);
    s.tick(0.25, Granularity::Callback); // one step's worth
    CHECK(s.recording()->event(s.cursor()).kind == EventKind::CallbackStart);
    const auto first = s.cursor();
    s.tick(0.1, Granularity::Callback); // not yet a whole step
    CHECK(s.cursor() == first);
    for (int i = 0; i < 100 && s.playing(); ++i) s.tick(0.25, Granularity::Callback);
    CHECK_FALSE(s.playing());
    CHECK(s.at_end());
}

TEST_CASE("a syntax error keeps the last good recording and says where", "[session]") {
    Session s;
    record_into(s, two_tasks);
    auto good = s.recording();
    s.step_forward(Granularity::Callback);
    const auto cursor = s.cursor();
    record_into(s, "import asyncio\n\ndef f(:\n    pass\n", false, true);
    REQUIRE(s.problem());
    CHECK(s.problem()->kept_previous);
    CHECK(s.problem()->diagnostic.kind == record::Diagnostic::Kind::SyntaxError);
    CHECK(s.problem()->diagnostic.line == 3);
    CHECK(s.problem()->diagnostic.column == 7); // CPython: the caret under ':'
    CHECK(s.problem()->diagnostic.text.find("SyntaxError: invalid syntax") != std::string::npos);
    CHECK(s.recording() == good);
    CHECK(s.cursor() == cursor);
    // Fixed again: the recording is replaced and the cursor kept where it was.
    record_into(s, two_tasks, false, true);
    CHECK_FALSE(s.problem());
    CHECK(s.recording() != good);
    CHECK(s.cursor() == cursor);
}

TEST_CASE("debug mode records the program with asyncio's debug mode on", "[session]") {
    const char* const program = "import asyncio\n\nasync def main():\n"
                                "    print(asyncio.get_running_loop().get_debug())\n\n"
                                "asyncio.run(main())\n";
    Session s;
    // CPython prints False, and True under PYTHONASYNCIODEBUG=1.
    record_into(s, program, false);
    CHECK(output_text(s) == "False\n");
    record_into(s, program, true, true);
    CHECK(s.asyncio_debug());
    CHECK(output_text(s) == "True\n");
}

TEST_CASE("a request made while recording replaces the one waiting", "[session]") {
    Session s;
    s.request("two_tasks.py", two_tasks, false, false);
    s.request("two_tasks.py", "print('second')\n", false, false);
    s.request("two_tasks.py", "print('third')\n", false, false);
    CHECK(s.busy());
    s.wait();
    CHECK_FALSE(s.busy());
    CHECK(output_text(s) == "third\n");
}
