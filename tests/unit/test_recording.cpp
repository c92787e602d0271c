// The recording (core/record) as the app reads it: reconstructed states agree with a plain replay
// from the start, the callbacks come in CPython's order (compared with the CPython-generated
// .trace files beside the conformance programs), the console holds what CPython printed (the
// .expected files), navigation queries land on the events a program's meaning says they must,
// and a bundled scenario always gives the same bytes (a pinned hash per scenario).
#include "core/record/recording.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace loopstep::record;
namespace fs = std::filesystem;

namespace {

const fs::path kScenarios = LOOPSTEP_SCENARIOS_DIR;
const fs::path kConformance = LOOPSTEP_CONFORMANCE_DIR;

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

// Records a program as the oracle runs it: from its own folder, under its bare file name, so
// that tracebacks and warnings name it as the .expected files do.
RecordResult record_file(const fs::path& p) {
    return record_program(p.filename().string(), read_file(p));
}

RecordResult record_source(const std::string& source) {
    return record_program("prog.py", source);
}

std::set<std::string> known_failures() {
    std::set<std::string> out;
    std::istringstream in(read_file(kConformance / "known_failures.txt"));
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#') out.insert(line);
    return out;
}

// `loopstep run --trace`'s lines, rebuilt from the recording's callbacks.
std::string trace_of(const Recording& rec) {
    std::string out;
    char head[64];
    for (size_t n = 0; n < rec.callback_count(); ++n) {
        CallbackSpan cb = rec.callback(n);
        std::snprintf(head, sizeof head, "#TRACE t=%.3f ", cb.start_time);
        out += head + cb.label + "\n";
    }
    return out;
}

std::string masked(const std::string& text) {
    static const std::regex address("0x[0-9a-f]+");
    return std::regex_replace(text, address, "0x?");
}

// NAME.expected's form: the merged output, a final newline, then the exit status.
std::string expected_form(const RecordResult& r) {
    std::string out = r.recording->output();
    if (!out.empty() && out.back() != '\n') out += '\n';
    return out + "[exit status: " + std::to_string(r.exit_status) + "]\n";
}

// Indexes worth comparing: a stride through the whole recording, the first and last events,
// and each keyframe's neighbourhood (where a wrong snapshot would show first).
std::vector<size_t> probe_indexes(const Recording& rec, size_t samples) {
    std::set<size_t> at;
    size_t n = rec.size();
    if (n == 0) return {};
    size_t stride = std::max<size_t>(1, n / samples);
    for (size_t i = 0; i < n; i += stride) at.insert(i);
    at.insert(n - 1);
    for (size_t k = 0; k < rec.keyframe_count(); ++k) {
        size_t key = rec.keyframe_index(k);
        for (size_t i = key > 2 ? key - 2 : 0; i <= key + 2 && i < n; ++i) at.insert(i);
    }
    return {at.begin(), at.end()};
}

void check_states_match_replay(const Recording& rec, size_t samples) {
    for (size_t i : probe_indexes(rec, samples)) {
        INFO("event " << i << ": " << rec.describe(i));
        CHECK(rec.state_at(i) == rec.state_by_replay(i));
    }
}

const TaskView& task_named(const State& s, const std::string& name) {
    for (const TaskView& t : s.tasks)
        if (t.name == name) return t;
    FAIL("no task named " << name);
    return s.tasks.front();
}

std::string output_of(const Recording& rec, size_t output_event) {
    Event e = rec.event(output_event);
    return rec.output().substr(e.a, e.b);
}

std::vector<std::string> labels(const std::vector<HandleView>& handles) {
    std::vector<std::string> out;
    for (const HandleView& h : handles) out.push_back(h.label);
    return out;
}

std::vector<fs::path> scenario_files() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(kScenarios))
        if (e.path().extension() == ".py") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// Conformance programs whose trace and output pass under `loopstep run`: locks, conditions,
// semaphores, barriers, queues, gather / wait / wait_for, task groups, a blocking call.
const char* const kConformancePrograms[] = {
    "asyncio/059_gather_order.py",
    "asyncio/065_wait_first_completed.py",
    "asyncio/069_wait_for_timeout.py",
    "asyncio/080_taskgroup_basic.py",
    "asyncio/107_many_tasks_interleaving.py",
    "asyncio/111_lock_fifo.py",
    "asyncio/114_lock_held_across_blocking.py",
    "asyncio/117_event_wait_set.py",
    "asyncio/119_condition_notify.py",
    "asyncio/122_semaphore_order.py",
    "asyncio/126_barrier_basic.py",
    "asyncio/133_lifo_queue.py",
    "asyncio/134_priority_queue.py",
    "asyncio/135_queue_task_done_join.py",
    "asyncio/137_seed_producer_consumer.py",
    "asyncio/142_run_cancels_leftovers.py",
};

// Two tasks sleeping 0.1 s and 0.2 s, awaited in turn by main.
const char* const kTwoSleepers = R"(import asyncio


async def sleeper(delay):
    await asyncio.sleep(delay)
    print("woke", delay)
    return delay * 10


async def main():
    t1 = asyncio.create_task(sleeper(0.1))
    t2 = asyncio.create_task(sleeper(0.2))
    await t1
    await t2
    print("done")


asyncio.run(main())
)";
constexpr int kTwoSleepersPrintLine = 6;

// Three tasks take one Lock in turn and put their name into a Queue of one slot while holding it.
const char* const kLockQueue = R"(import asyncio


async def holder(name, lock, q):
    async with lock:
        await q.put(name)
        await asyncio.sleep(0.1)


async def main():
    lock = asyncio.Lock()
    q = asyncio.Queue(maxsize=1)
    tasks = [asyncio.create_task(holder(n, lock, q)) for n in "ABC"]
    await asyncio.sleep(0.05)
    print("q", q.qsize(), lock.locked())
    for _ in range(3):
        print(await q.get())
    await asyncio.gather(*tasks)


asyncio.run(main())
)";

// Enough events for several keyframes, with every kind of state alive across them: tasks
// waiting on a Lock, a Semaphore, an Event, a Condition and a bounded Queue, and timers.
const char* const kBusy = R"(import asyncio


async def producer(q, sem, n):
    for i in range(40):
        async with sem:
            await asyncio.sleep(0.001 * (n % 3))
        await q.put((n, i))


async def consumer(q, lock, totals):
    while True:
        n, i = await q.get()
        async with lock:
            totals[n] = totals.get(n, 0) + i
            await asyncio.sleep(0)
        q.task_done()


async def waiter(ev, cond, k):
    await ev.wait()
    async with cond:
        await cond.wait()
    return k


async def main():
    q = asyncio.Queue(maxsize=5)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(3)
    ev = asyncio.Event()
    cond = asyncio.Condition()
    totals = {}
    waiters = [asyncio.create_task(waiter(ev, cond, k)) for k in range(10)]
    consumers = [asyncio.create_task(consumer(q, lock, totals)) for _ in range(4)]
    await asyncio.gather(*(producer(q, sem, n) for n in range(20)))
    await q.join()
    ev.set()
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    print(sum(await asyncio.gather(*waiters)))
    for c in consumers:
        c.cancel()
    print(sorted(totals.items())[:3], sum(totals.values()))


asyncio.run(main())
)";

} // namespace

TEST_CASE("every scenario: states from keyframes equal a replay from the start; CPython's "
          "callbacks and output",
          "[recording]") {
    std::set<std::string> failing = known_failures();
    for (const fs::path& p : scenario_files()) {
        std::string stem = p.stem().string();
        SECTION(stem) {
            RecordResult r = record_file(p);
            const Recording& rec = *r.recording;
            REQUIRE(rec.size() > 0);
            check_states_match_replay(rec, 200);
            // The conformance suite knows which scenarios do not match CPython yet; the same
            // comparison here would only repeat that failure.
            fs::path base = kConformance / "scenarios" / stem;
            if (!failing.count("conformance.scenarios." + stem + ".trace"))
                CHECK(trace_of(rec) == read_file(base.string() + ".trace"));
            if (!failing.count("conformance.scenarios." + stem))
                CHECK(masked(expected_form(r)) == masked(read_file(base.string() + ".expected")));
        }
    }
}

TEST_CASE("conformance programs: callbacks in CPython's order, CPython's output, states equal "
          "a replay",
          "[recording]") {
    for (const char* name : kConformancePrograms) {
        SECTION(name) {
            fs::path p = kConformance / name;
            RecordResult r = record_file(p);
            const Recording& rec = *r.recording;
            std::string base = (p.parent_path() / p.stem()).string();
            CHECK(trace_of(rec) == read_file(base + ".trace"));
            CHECK(masked(expected_form(r)) == masked(read_file(base + ".expected")));
            check_states_match_replay(rec, 100);
        }
    }
}

TEST_CASE("a recording with many keyframes reconstructs every probed state exactly",
          "[recording]") {
    RecordResult r = record_source(kBusy);
    const Recording& rec = *r.recording;
    REQUIRE(r.exit_status == 0);
    // 20 producers x 40 items, each i in 0..39: 20 * 780.
    CHECK(rec.output() == "45\n[(0, 780), (1, 780), (2, 780)] 15600\n");
    REQUIRE(rec.keyframe_count() >= 3);
    check_states_match_replay(rec, 400);
    // Keyframes hold the state after their own event: the state one past a keyframe is that
    // keyframe plus one event, and one before it comes from the previous keyframe.
    size_t key = rec.keyframe_index(1);
    CHECK(rec.state_at(key).index == key);
    CHECK(rec.state_at(key + 1).index == key + 1);
}

TEST_CASE("two sleepers: callbacks, awaits, breakpoints, output and states land where the "
          "program says",
          "[recording]") {
    RecordResult r = record_source(kTwoSleepers);
    const Recording& rec = *r.recording;
    REQUIRE(r.exit_status == 0);
    CHECK(rec.output() == "woke 0.1\nwoke 0.2\ndone\n");

    // As /usr/bin/python3 tools/cpython_oracle.py --trace prints it for this program.
    CHECK(trace_of(rec) == "#TRACE t=0.000 Task-1.__step\n"
                           "#TRACE t=0.000 Task-2.__step\n"
                           "#TRACE t=0.000 Task-3.__step\n"
                           "#TRACE t=0.100 _set_result_unless_cancelled\n"
                           "#TRACE t=0.100 Task-2.__wakeup\n"
                           "#TRACE t=0.100 Task-1.__wakeup\n"
                           "#TRACE t=0.200 _set_result_unless_cancelled\n"
                           "#TRACE t=0.200 Task-3.__wakeup\n"
                           "#TRACE t=0.200 Task-1.__wakeup\n"
                           "#TRACE t=0.200 _run_until_complete_cb\n"
                           "#TRACE t=0.200 Task-4.__step\n"
                           "#TRACE t=0.200 _run_until_complete_cb\n"
                           "#TRACE t=0.200 Task-5.__step\n"
                           "#TRACE t=0.200 _run_until_complete_cb\n");

    SECTION("next callback walks the callbacks in order; previous walks them back") {
        std::vector<std::string> forward;
        for (auto i = rec.find_next(0, Filter::callbacks()); i;
             i = rec.find_next(*i, Filter::callbacks()))
            forward.push_back(rec.callback_at(*i)->label);
        if (rec.event(0).kind == EventKind::CallbackStart)
            forward.insert(forward.begin(), rec.callback_at(0)->label);
        REQUIRE(forward.size() == rec.callback_count());
        CHECK(forward[0] == "Task-1.__step");
        CHECK(forward[4] == "Task-2.__wakeup");
        std::vector<std::string> backward;
        for (auto i = rec.find_prev(rec.size(), Filter::callbacks()); i;
             i = rec.find_prev(*i, Filter::callbacks()))
            backward.push_back(rec.callback_at(*i)->label);
        std::reverse(backward.begin(), backward.end());
        CHECK(backward == forward);
    }

    SECTION("the first awaits: main on Task-2, then each sleeper on its timer") {
        auto a1 = rec.find_next(0, Filter::awaits());
        REQUIRE(a1);
        Event e1 = rec.event(*a1);
        CHECK(rec.task(e1.task).name == "Task-1");
        WaitInfo w1 = rec.wait(e1.b);
        CHECK(w1.kind == WaitKind::Task);
        CHECK(rec.task(w1.task).name == "Task-2");

        auto a2 = rec.find_next(*a1, Filter::awaits());
        REQUIRE(a2);
        Event e2 = rec.event(*a2);
        CHECK(rec.task(e2.task).name == "Task-2");
        CHECK(rec.wait(e2.b).kind == WaitKind::Sleep);
        CHECK(rec.wait(e2.b).until == Approx(0.1));
        // Where it waits: inside asyncio.sleep, called from sleeper() at line 5.
        std::vector<StackFrameView> stack = rec.stack(e2.c);
        REQUIRE(stack.size() >= 2);
        CHECK(stack.front().function == "sleeper");
        CHECK(stack.front().line == 5);
        CHECK(stack.back().function == "sleep");
        CHECK(stack.back().library);

        SECTION("the state after Task-3 suspends: three waiting tasks, two timers, no ready") {
            auto a3 = rec.find_next(*a2, Filter::awaits());
            REQUIRE(a3);
            State s = rec.state_at(*a3);
            CHECK(s.time == 0.0);
            CHECK(s.loop == LoopActivity::Callback);
            CHECK(s.running_label == "Task-3.__step");
            CHECK(task_named(s, "Task-1").state == TaskState::Waiting);
            CHECK(task_named(s, "Task-1").wait_kind == WaitKind::Task);
            CHECK(task_named(s, "Task-2").state == TaskState::Waiting);
            CHECK(task_named(s, "Task-2").waits_on == "sleep until t=0.100");
            CHECK(task_named(s, "Task-2").line == 5);
            CHECK(task_named(s, "Task-3").waits_on == "sleep until t=0.200");
            CHECK(task_named(s, "Task-3").parent == task_named(s, "Task-1").id);
            CHECK(task_named(s, "Task-3").created_line == 12);
            CHECK(s.ready.empty());
            REQUIRE(s.timers.size() == 2);
            CHECK(s.timers[0].when == Approx(0.1));
            CHECK(s.timers[1].when == Approx(0.2));
        }
    }

    SECTION("a breakpoint on the print line stops in Task-2, then in Task-3") {
        auto b1 = rec.find_next(0, Filter::breakpoints({kTwoSleepersPrintLine}));
        REQUIRE(b1);
        CHECK(rec.task(rec.event(*b1).task).name == "Task-2");
        CHECK(rec.callback_at(*b1)->label == "Task-2.__wakeup");
        State s = rec.state_at(*b1);
        CHECK(s.time == Approx(0.1));
        CHECK(s.current_line == kTwoSleepersPrintLine);
        CHECK(task_named(s, "Task-2").state == TaskState::Running);
        CHECK(task_named(s, "Task-3").state == TaskState::Waiting);
        // Task-3's sleep: asyncio.sleep schedules futures._set_result_unless_cancelled.
        CHECK(labels(s.timers) == std::vector<std::string>{"_set_result_unless_cancelled"});

        auto b2 = rec.find_next(*b1, Filter::breakpoints({kTwoSleepersPrintLine}));
        REQUIRE(b2);
        CHECK(rec.task(rec.event(*b2).task).name == "Task-3");
        CHECK(rec.state_at(*b2).time == Approx(0.2));
        CHECK_FALSE(rec.find_next(*b2, Filter::breakpoints({kTwoSleepersPrintLine})));
        CHECK(rec.find_prev(*b2, Filter::breakpoints({kTwoSleepersPrintLine})) == b1);
    }

    SECTION("next output, lines in one task, and the console") {
        auto o1 = rec.find_next(0, Filter::output());
        REQUIRE(o1);
        CHECK(output_of(rec, *o1).rfind("woke 0.1", 0) == 0);
        CHECK(rec.task(rec.event(*o1).task).name == "Task-2");

        // Task ids are in creation order: Task-3 is 3. The lines of sleeper's body it runs (a
        // line resumed after its await counted once; the def line, 4, is where the app shows
        // the coroutine starting).
        Filter in_task3 = Filter::lines_in(3);
        std::vector<int> lines;
        for (auto i = rec.find_next(0, in_task3); i; i = rec.find_next(*i, in_task3)) {
            auto line = static_cast<int>(rec.event(*i).b);
            if (line > 4 && (lines.empty() || lines.back() != line)) lines.push_back(line);
        }
        CHECK(lines == std::vector<int>{5, 6, 7});

        std::vector<OutputLine> console = rec.output_lines();
        REQUIRE(console.size() == 3);
        CHECK(console[0].text == "woke 0.1");
        CHECK(console[1].text == "woke 0.2");
        CHECK(console[2].text == "done");
        CHECK(rec.output_line_at(console[2].event) == 2u);
        CHECK(rec.state_at(console[1].event).output_lines == 2);
    }

    SECTION("at the end every task is done with its result") {
        State s = rec.state_at(rec.size() - 1);
        CHECK(task_named(s, "Task-2").state == TaskState::Done);
        CHECK(task_named(s, "Task-2").result == "1.0");
        CHECK(task_named(s, "Task-3").result == "2.0");
        CHECK(task_named(s, "Task-1").state == TaskState::Done);
        CHECK(task_named(s, "Task-1").result == "None");
    }

    SECTION("per-task intervals cover the task's life in order") {
        std::vector<TaskInterval> lane = rec.task_intervals(2);
        REQUIRE(!lane.empty());
        CHECK(lane.front().state == TaskState::Ready);
        for (size_t k = 1; k < lane.size(); ++k) CHECK(lane[k].begin == lane[k - 1].end);
        bool slept = false;
        for (const TaskInterval& iv : lane)
            if (iv.state == TaskState::Waiting && iv.wait == WaitKind::Sleep)
                slept = iv.begin_time == 0.0 && iv.end_time == Approx(0.1);
        CHECK(slept);
        CHECK(lane.back().state == TaskState::Done);
    }
}

TEST_CASE("lock and queue: the owner, the waiters in order and the items at a cursor",
          "[recording]") {
    RecordResult r = record_source(kLockQueue);
    const Recording& rec = *r.recording;
    REQUIRE(r.exit_status == 0);
    CHECK(rec.output() == "q 1 True\nA\nB\nC\n");

    // At t=0.05 main prints: A holds the lock and sleeps, its item fills the queue; B and C wait
    // for the lock, B first.
    auto o1 = rec.find_next(0, Filter::output());
    REQUIRE(o1);
    State s = rec.state_at(*o1);
    CHECK(s.time == Approx(0.05));
    const SyncView* lock = nullptr;
    const SyncView* queue = nullptr;
    for (const SyncView& v : s.syncs) {
        if (v.kind == SyncKind::Lock) lock = &v;
        if (v.kind == SyncKind::Queue) queue = &v;
    }
    REQUIRE(lock);
    REQUIRE(queue);
    CHECK(lock->holders == std::vector<TaskId>{task_named(s, "Task-2").id});
    REQUIRE(lock->waiters.size() == 2);
    CHECK(lock->waiters[0].task == task_named(s, "Task-3").id);
    CHECK(lock->waiters[1].task == task_named(s, "Task-4").id);
    CHECK(lock->waiters[0].op == SyncOp::WaitAcquire);
    CHECK(queue->items == std::vector<std::string>{"'A'"});
    CHECK(queue->maxsize == 1);
    CHECK(task_named(s, "Task-3").wait_kind == WaitKind::Sync);
    CHECK(task_named(s, "Task-3").waits_on == "Lock.acquire");
    CHECK(task_named(s, "Task-2").waits_on == "sleep until t=0.100");

    // Then main waits on the empty queue for B's item.
    auto main_get = rec.find_next(*o1, Filter::awaits());
    while (main_get && rec.task(rec.event(*main_get).task).name != "Task-1")
        main_get = rec.find_next(*main_get, Filter::awaits());
    REQUIRE(main_get);
    State g = rec.state_at(*main_get);
    CHECK(task_named(g, "Task-1").waits_on == "Queue.get");
    for (const SyncView& v : g.syncs)
        if (v.kind == SyncKind::Queue) {
            CHECK(v.items.empty());
            REQUIRE(v.waiters.size() == 1);
            CHECK(v.waiters[0].op == SyncOp::WaitGet);
        }
}

TEST_CASE("a blocking call on the loop's thread is recorded as the loop blocked", "[recording]") {
    RecordResult r = record_source(R"(import asyncio
import time


async def main():
    time.sleep(0.25)
    await asyncio.sleep(0.5)


asyncio.run(main())
)");
    const Recording& rec = *r.recording;
    auto b = rec.find_next(0, Filter::of_kinds(kind_bit(EventKind::LoopBlocked)));
    REQUIRE(b);
    State s = rec.state_at(*b);
    CHECK(s.loop == LoopActivity::Blocked);
    CHECK(s.wait_from == 0.0);
    CHECK(s.wait_until == Approx(0.25));
    CHECK(rec.callback_at(*b)->label == "Task-1.__step");
    auto w = rec.find_next(*b, Filter::of_kinds(kind_bit(EventKind::LoopWait)));
    REQUIRE(w);
    CHECK(rec.state_at(*w).wait_until == Approx(0.75));
}

TEST_CASE("exceptions, warnings and frames are recorded", "[recording]") {
    RecordResult r = record_source(R"(import asyncio


async def fails():
    raise ValueError("boom")


async def main():
    fails()
    try:
        await fails()
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
)");
    const Recording& rec = *r.recording;
    auto x = rec.find_next(0, Filter::of_kinds(kind_bit(EventKind::Exception)));
    REQUIRE(x);
    CHECK(rec.str(rec.event(*x).b) == "ValueError");
    CHECK(rec.str(rec.event(*x).c) == "boom");
    CHECK(rec.event(*x).d == 5);
    auto w = rec.find_next(0, Filter::of_kinds(kind_bit(EventKind::Warning)));
    REQUIRE(w);
    CHECK(rec.str(rec.event(*w).a) == "RuntimeWarning");
    CHECK(rec.str(rec.event(*w).b) == "coroutine 'fails' was never awaited");
    // Inside fails(), the program's frames on the main thread are main() then fails().
    State s = rec.state_at(*x);
    REQUIRE(!s.threads.empty());
    std::vector<std::string> frames;
    for (const FrameView& f : s.threads[0].frames) frames.push_back(f.function);
    REQUIRE(frames.size() >= 2);
    CHECK(frames[frames.size() - 2] == "main");
    CHECK(frames.back() == "fails");
}

// The pinned hashes of the bundled scenarios' recordings. A recording is a pure function of the
// program, so these only change when the recorder's format or what it records changes on
// purpose, or when the simulation changes behaviour. After such a deliberate change, print the
// new values from the scenarios folder (the file names are part of the recording):
//     cd scenarios && for f in *.py; do echo $f; ../build/app/loopstep record --hash $f >/dev/null;
//     done
// and update tests/unit/recording_hashes.inc in the same commit, saying why they changed.
const std::map<std::string, std::string> kPinnedHashes = {
#include "recording_hashes.inc"
};

TEST_CASE("recording a scenario twice gives identical bytes, and the pinned hash",
          "[recording][determinism]") {
    for (const fs::path& p : scenario_files()) {
        std::string name = p.filename().string();
        SECTION(name) {
            RecordResult a = record_file(p);
            RecordResult b = record_file(p);
            std::string bytes = a.recording->serialize();
            CHECK(bytes.size() > 0);
            CHECK(bytes == b.recording->serialize());
            CHECK(a.recording->hash() == b.recording->hash());
            auto pinned = kPinnedHashes.find(name);
            INFO("no pinned hash for " << name << ": add it to tests/unit/recording_hashes.inc");
            REQUIRE(pinned != kPinnedHashes.end());
            // An object's address in the output (a default repr) depends on what the process
            // allocated before, in CPython as here; such a recording is only the same within a
            // process, and its pinned hash (taken by `loopstep record`, a fresh process) cannot
            // be checked here.
            if (a.recording->output().find(" at 0x") != std::string::npos)
                WARN(name << " prints an object address: its pinned hash is not checked");
            else
                CHECK(a.recording->hash() == pinned->second);
        }
    }
}
