// The Tasks pane's rows; see tasks_model.h.
#include "app/tasks_model.h"

#include "app/task_style.h"
#include "app/ui_text.h"

namespace loopstep::app {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

std::string join_stack(const std::vector<StackStep>& steps) {
    std::string out;
    for (const StackStep& s : steps) {
        if (!out.empty()) out += " \xE2\x86\x92 "; // →
        out += s.text;
    }
    return out;
}

} // namespace

std::string wait_text(std::string_view core_text, std::string_view lang) {
    constexpr std::string_view sleep_prefix = "sleep until t=";
    constexpr std::string_view job_prefix = "executor job ";
    if (starts_with(core_text, sleep_prefix))
        return trf("sleep until t={}", lang, {core_text.substr(sleep_prefix.size())});
    if (starts_with(core_text, job_prefix))
        return trf("executor job {}", lang, {core_text.substr(job_prefix.size())});
    return std::string(core_text);
}

std::string frame_text(std::string_view function, int line, bool library, std::string_view lang) {
    std::string out(function);
    out += "()";
    if (!library && line > 0) out += " " + trf("line {}", lang, {std::to_string(line)});
    return out;
}

std::vector<TaskRow> task_rows(const record::Recording& rec, const record::State& state,
                               std::string_view lang) {
    using record::TaskState;
    std::vector<TaskRow> rows;
    rows.reserve(state.tasks.size());
    for (const record::TaskView& t : state.tasks) {
        TaskRow row;
        row.id = t.id;
        row.name = t.name;
        row.coro = t.coro;
        row.state = t.state;
        row.state_word = tr(state_style(t.state).word, lang);
        row.current = state.current_task == t.id && t.state == TaskState::Running;

        if (t.state == TaskState::Waiting) {
            row.waits_on = wait_text(t.waits_on, lang);
        } else if (t.state == TaskState::Ready && t.woken && !t.waits_on.empty()) {
            row.waits_on = trf("woken: {} is over", lang, {wait_text(t.waits_on, lang)});
        }

        if (t.state == TaskState::Running) {
            // The frames the task has on its thread right now, outermost first.
            for (const record::ThreadView& th : state.threads)
                for (const record::FrameView& f : th.frames)
                    if (f.task == t.id)
                        row.stack.push_back({frame_text(f.function, f.line, false, lang), false});
        } else if (t.state == TaskState::Ready || t.state == TaskState::Waiting) {
            if (t.await_stack != 0) {
                for (const record::StackFrameView& f : rec.stack(t.await_stack))
                    row.stack.push_back(
                        {frame_text(f.function, f.line, f.library, lang), f.library});
            } else {
                row.stack.push_back({tr("not started", lang), false});
            }
        }
        row.stack_text = join_stack(row.stack);

        if (t.state == TaskState::Done || t.state == TaskState::Failed ||
            t.state == TaskState::Cancelled)
            row.result = t.result;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace loopstep::app
