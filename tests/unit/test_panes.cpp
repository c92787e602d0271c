// The Tasks and Event loop panes' content (tasks_model, loop_model) on real recordings of small
// programs, the interface strings (ui_text) and the lesson twins. Expected values come from what
// the programs mean under asyncio: which task sleeps until when, which one raised what, what
// _run_once is doing at a given step.
#include "app/catalogue.h"
#include "app/loop_model.h"
#include "app/tasks_model.h"
#include "app/twin.h"
#include "app/ui_text.h"
#include "core/record/recording.h"

#include "temp_dir.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopstep;
using namespace loopstep::app;
using record::LoopActivity;
using record::TaskState;

namespace {

// Task-1 main() starts Task-2 sleeper() (sleeps 1 s, returns 42) and Task-3 failer() (raises at
// once), then sleeps 0.2 s itself.
const char* const kTasksProgram = R"(import asyncio


async def sleeper():
    await asyncio.sleep(1)
    return 42


async def failer():
    raise ValueError("boom")


async def main():
    s = asyncio.create_task(sleeper())
    f = asyncio.create_task(failer())
    await asyncio.sleep(0.2)
    print(await s)
    try:
        await f
    except ValueError:
        pass


asyncio.run(main()))";

// A coroutine that calls time.sleep(0.3): the loop's thread is blocked for 0.3 s.
const char* const kBlockingProgram = R"(import asyncio
import time


async def blocker():
    time.sleep(0.3)


asyncio.run(blocker()))";

std::shared_ptr<const record::Recording> record_source(const char* source) {
    record::RecordResult r = record::record_program("panes.py", source);
    REQUIRE(r.recording);
    REQUIRE(r.exit_status == 0);
    return r.recording;
}

size_t first_event(const record::Recording& rec, record::EventKind kind) {
    std::optional<size_t> i = rec.event(0).kind == kind
                                  ? std::optional<size_t>(0)
                                  : rec.find_next(0, record::Filter::of_kinds(kind_bit(kind)));
    REQUIRE(i);
    return *i;
}

// The CallbackStart event of the first callback with this label.
size_t callback_start(const record::Recording& rec, const std::string& label) {
    for (size_t n = 0; n < rec.callback_count(); ++n)
        if (rec.callback(n).label == label) return rec.callback(n).start;
    FAIL("no callback " << label);
    return 0;
}

const TaskRow& row_named(const std::vector<TaskRow>& rows, const std::string& name) {
    for (const TaskRow& r : rows)
        if (r.name == name) return r;
    FAIL("no row " << name);
    return rows.front();
}

} // namespace

TEST_CASE("while the loop waits for a timer, each task says what it waits on and where",
          "[panes][tasks]") {
    auto rec = record_source(kTasksProgram);
    // The first time _run_once has nothing ready: main() and sleeper() are asleep, failer() has
    // already failed.
    const record::State st = rec->state_at(first_event(*rec, record::EventKind::LoopWait));
    const std::vector<TaskRow> rows = task_rows(*rec, st);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].name == "Task-1");
    CHECK(rows[1].name == "Task-2");
    CHECK(rows[2].name == "Task-3");

    const TaskRow& main = row_named(rows, "Task-1");
    CHECK(main.coro == "main");
    CHECK(main.state == TaskState::Waiting);
    CHECK(main.state_word == "waiting");
    CHECK(main.waits_on == "sleep until t=0.200");
    CHECK(main.stack_text == "main() line 16 \xE2\x86\x92 sleep()");
    REQUIRE(main.stack.size() == 2);
    CHECK_FALSE(main.stack[0].library);
    CHECK(main.stack[1].library); // asyncio.sleep is library code
    CHECK(main.result.empty());

    const TaskRow& sleeper = row_named(rows, "Task-2");
    CHECK(sleeper.coro == "sleeper");
    CHECK(sleeper.waits_on == "sleep until t=1.000");
    CHECK(sleeper.stack_text == "sleeper() line 5 \xE2\x86\x92 sleep()");

    const TaskRow& failer = row_named(rows, "Task-3");
    CHECK(failer.state == TaskState::Failed);
    CHECK(failer.state_word == "failed");
    CHECK(failer.result == "ValueError('boom')");
    CHECK(failer.waits_on.empty());
    CHECK(failer.stack.empty());
    for (const TaskRow& r : rows) CHECK_FALSE(r.current);
}

TEST_CASE("a running task shows the line it runs; finished tasks show their result",
          "[panes][tasks]") {
    auto rec = record_source(kTasksProgram);
    // sleeper() resumes after its second and runs `return 42` on line 6.
    const size_t wakeup = callback_start(*rec, "Task-2.__wakeup");
    record::Filter line6 = record::Filter::lines_in(2);
    line6.lines = {6};
    const std::optional<size_t> at = rec->find_next(wakeup, line6);
    REQUIRE(at);
    const std::vector<TaskRow> running = task_rows(*rec, rec->state_at(*at));
    const TaskRow& sleeper = row_named(running, "Task-2");
    CHECK(sleeper.state == TaskState::Running);
    CHECK(sleeper.state_word == "running");
    CHECK(sleeper.current);
    CHECK(sleeper.stack_text == "sleeper() line 6");
    CHECK(sleeper.waits_on.empty());

    const std::vector<TaskRow> end = task_rows(*rec, rec->state_at(rec->size() - 1));
    CHECK(row_named(end, "Task-2").state == TaskState::Done);
    CHECK(row_named(end, "Task-2").result == "42");
    CHECK(row_named(end, "Task-1").state == TaskState::Done);
    CHECK(row_named(end, "Task-1").result == "None");
    CHECK(row_named(end, "Task-3").result == "ValueError('boom')");
}

TEST_CASE("rows speak Korean and Japanese, keeping code names", "[panes][tasks][i18n]") {
    auto rec = record_source(kTasksProgram);
    const record::State st = rec->state_at(first_event(*rec, record::EventKind::LoopWait));
    const TaskRow ko = row_named(task_rows(*rec, st, "ko"), "Task-2");
    CHECK(ko.state_word == "대기 중");
    CHECK(ko.waits_on == "t=1.000까지 sleep");
    CHECK(ko.stack_text == "sleeper() 5행 \xE2\x86\x92 sleep()");
    const TaskRow ja = row_named(task_rows(*rec, st, "ja"), "Task-3");
    CHECK(ja.state_word == "失敗");
    CHECK(ja.result == "ValueError('boom')");
}

TEST_CASE("the loop pane: waiting for the next timer, timers by deadline", "[panes][loop]") {
    auto rec = record_source(kTasksProgram);
    const record::State st = rec->state_at(first_event(*rec, record::EventKind::LoopWait));
    const LoopModel m = loop_model(*rec, st);
    CHECK(m.activity == LoopActivity::Waiting);
    CHECK_FALSE(m.blocked);
    CHECK(m.activity_text == "waiting for the next timer, until t=0.200");
    // Iteration 1 ran main()'s first step, iteration 2 the two new tasks' steps; the third
    // finds nothing ready and waits.
    CHECK(m.iteration == "iteration 3");
    CHECK(m.clock == "virtual time t=0.000 s");
    CHECK(m.ready.empty());
    REQUIRE(m.timers.size() == 2);
    CHECK(m.timers[0].when == "due t=0.200");
    CHECK(m.timers[1].when == "due t=1.000");
    CHECK(m.timers[0].deadline < m.timers[1].deadline);
    CHECK(m.syncs.empty()); // no locks or queues in this program
    CHECK(m.threads.empty());
}

TEST_CASE("the loop pane: the running callback leads the ready queue, marked", "[panes][loop]") {
    auto rec = record_source(kTasksProgram);
    // main()'s first step creates two tasks, whose __step callbacks queue up behind it.
    const size_t start = callback_start(*rec, "Task-1.__step");
    const std::optional<size_t> end =
        rec->find_next(start, record::Filter::of_kinds(kind_bit(record::EventKind::CallbackEnd)));
    REQUIRE(end);
    const LoopModel m = loop_model(*rec, rec->state_at(*end - 1));
    CHECK(m.activity == LoopActivity::Callback);
    CHECK(m.activity_text == "running a callback: Task-1.__step");
    REQUIRE(m.ready.size() == 3);
    CHECK(m.ready[0].running);
    CHECK(m.ready[0].label == "Task-1.__step");
    CHECK(m.ready[0].task == 1);
    CHECK(m.ready[1].label == "Task-2.__step");
    CHECK(m.ready[2].label == "Task-3.__step");
    CHECK_FALSE(m.ready[1].running);
}

TEST_CASE("the loop pane: a synchronous call blocking the loop's thread", "[panes][loop]") {
    auto rec = record_source(kBlockingProgram);
    const LoopModel m =
        loop_model(*rec, rec->state_at(first_event(*rec, record::EventKind::LoopBlocked)));
    CHECK(m.activity == LoopActivity::Blocked);
    CHECK(m.blocked);
    CHECK(m.activity_text == "blocked by a synchronous call on its thread, until t=0.300");
    // The callback that made the call is still the one running.
    REQUIRE_FALSE(m.ready.empty());
    CHECK(m.ready[0].running);
    CHECK(m.ready[0].label == "Task-1.__step");
}

TEST_CASE("lock and queue rows name owners, items and waiters", "[panes][loop]") {
    // The recorder reports locks and queues once asyncio's Python half calls it; the rows are
    // built from SyncViews, checked here on ones made by hand for the tasks of a real recording.
    auto rec = record_source(kTasksProgram);
    record::State st = rec->state_at(first_event(*rec, record::EventKind::LoopWait));
    record::SyncView lock;
    lock.id = 1;
    lock.kind = record::SyncKind::Lock;
    lock.created_line = 14;
    lock.holders = {2};
    lock.waiters = {{3, 0, record::SyncOp::WaitAcquire}};
    record::SyncView queue;
    queue.id = 2;
    queue.kind = record::SyncKind::Queue;
    queue.maxsize = 5;
    queue.items = {"'a'", "'b'"};
    queue.waiters = {{1, 0, record::SyncOp::WaitPut}};
    record::SyncView event;
    event.id = 3;
    event.kind = record::SyncKind::Event;
    st.syncs = {lock, queue, event};

    const LoopModel m = loop_model(*rec, st);
    REQUIRE(m.syncs.size() == 3);
    CHECK(m.syncs[0].title == "Lock #1");
    CHECK(m.syncs[0].created == "created at line 14");
    CHECK(m.syncs[0].owner == "Task-2");
    REQUIRE(m.syncs[0].waiters.size() == 1);
    CHECK(m.syncs[0].waiters[0].text == "Task-3");
    CHECK(m.syncs[1].title == "Queue #2");
    CHECK(m.syncs[1].detail == "2/5");
    CHECK(m.syncs[1].items == std::vector<std::string>{"'a'", "'b'"});
    CHECK(m.syncs[1].waiters[0].text == "Task-1 (put)");
    CHECK(m.syncs[2].detail == "not set");
    CHECK(m.syncs[2].owner.empty());
}

TEST_CASE("interface strings: every state word and pane string in three languages",
          "[panes][i18n]") {
    for (const char* key : {"ready", "running", "waiting", "done", "cancelled", "failed", "Tasks",
                            "Event loop", "Lesson", "What to watch for", "Open the fixed version",
                            "Back to the version with the bug", "Ready queue", "Timers", "Language",
                            "Presentation mode"}) {
        INFO(key);
        CHECK(has_translation(key));
        CHECK(std::string(tr(key, "en")) == key);
        CHECK(std::string(tr(key, "ko")) != key);
        CHECK(std::string(tr(key, "ja")) != key);
    }
    CHECK(std::string(tr("no such string", "ko")) == "no such string");
    CHECK(trf("iteration {}", "en", {"7"}) == "iteration 7");
    CHECK(trf("iteration {}", "ko", {"7"}) == "7번째 반복"); // the number moves to the front
    CHECK(all_text("ja").find("イベントループ") != std::string::npos);
}

TEST_CASE("the bundled lessons and their fixed twins point at each other", "[panes][lesson]") {
    const Catalogue cat = scan_catalogue(LOOPSTEP_SCENARIOS_DIR);
    const CatalogueEntry* bug = nullptr;
    const CatalogueEntry* fixed = nullptr;
    for (const CatalogueEntry& e : cat.entries) {
        if (e.file_name() == "02_blocking_call.py") bug = &e;
        if (e.file_name() == "02_blocking_call_fixed.py") fixed = &e;
    }
    REQUIRE(bug);
    REQUIRE(fixed);
    auto to = find_twin(bug->path, bug->header, cat);
    REQUIRE(to);
    CHECK(to->path.filename() == "02_blocking_call_fixed.py");
    CHECK(to->to_fixed);
    auto back = find_twin(fixed->path, fixed->header, cat);
    REQUIRE(back);
    CHECK(back->path.filename() == "02_blocking_call.py");
    CHECK_FALSE(back->to_fixed);
}

TEST_CASE("a file that names no twin finds the one that names it", "[panes][lesson]") {
    testing::TempDir dir;
    dir.write("05_x.py", "# title: X\nprint(1)\n");
    dir.write("05_x_fixed.py", "# title: X, fixed\n# twin: 05_x.py\nprint(2)\n");
    dir.write("06_alone.py", "# title: Alone\nprint(3)\n");
    const Catalogue cat = scan_catalogue(dir.path());
    REQUIRE(cat.entries.size() == 3);
    const CatalogueEntry& bug = cat.entries[0];
    REQUIRE(bug.file_name() == "05_x.py");
    auto twin = find_twin(bug.path, bug.header, cat);
    REQUIRE(twin);
    CHECK(twin->path.filename() == "05_x_fixed.py");
    CHECK(twin->to_fixed);
    auto back = find_twin(cat.entries[1].path, cat.entries[1].header, cat);
    REQUIRE(back);
    CHECK(back->path.filename() == "05_x.py");
    CHECK_FALSE(back->to_fixed);
    CHECK_FALSE(find_twin(cat.entries[2].path, cat.entries[2].header, cat));
}
