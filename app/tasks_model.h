// What the Tasks pane shows, as plain strings: one row per task at a cursor. Kept apart from the
// ImGui drawing (tasks_view) so that the tests can check each row against what the program
// means, without a window.
#pragma once

#include "core/record/recording.h"

#include <string>
#include <string_view>
#include <vector>

namespace loopstep::app {

// One coroutine of a task's stack, as the row shows it.
struct StackStep {
    std::string text; // "main() line 12", or "sleep()" for asyncio's own code
    bool library = false;
};

struct TaskRow {
    record::TaskId id = 0;
    std::string name; // "Task-2"
    std::string coro; // "worker"
    record::TaskState state = record::TaskState::Ready;
    std::string state_word;       // in the chosen language
    std::string waits_on;         // "sleep until t=1.000", "Lock.acquire", "Task-3"...; "" none
    std::vector<StackStep> stack; // outermost first
    std::string stack_text;       // the steps joined by " → "
    std::string result;           // Done: the result's repr; Failed / Cancelled: the exception
    bool current = false;         // the task running at the cursor
};

// The rows at `state`, in creation order. Running tasks show where they run now (the frames on
// their thread); suspended ones where they suspended (Recording::stack); finished ones no stack.
std::vector<TaskRow> task_rows(const record::Recording& rec, const record::State& state,
                               std::string_view lang = "en");

// What a task waits on, in `lang`: the core's text ("sleep until t=0.500", "executor job f()",
// "Lock.acquire"), with its words translated and the code names left alone.
std::string wait_text(std::string_view core_text, std::string_view lang);

// "main() line 12" for the program's code; "sleep()" for library code, whose line numbers are
// CPython's and mean nothing to a student.
std::string frame_text(std::string_view function, int line, bool library, std::string_view lang);

} // namespace loopstep::app
