// record_program: runs a program through the headless runner with a Recorder attached, then
// seals what it recorded into an immutable Recording. A syntax error is found by compiling the
// source once before the run (the run itself then prints it exactly as CPython does); a budget
// that stops the program is reported with its message. Either way the Recording of what did run
// (perhaps only the error's output) comes back.
#include "core/py/compiler.h"
#include "core/py/traceback.h"
#include "core/record/recorder.h"
#include "core/run/runner.h"

#include <filesystem>

namespace loopstep::record {

namespace {

class RecordingRun final : public RunObserver {
  public:
    RecordingRun(RecordingData& data, const RecordOptions& opts, const std::string& filename,
                 const std::string& source)
        : recorder_(data, opts.max_events), filename_(filename), source_(source) {}

    void attach(py::Interp& I) override {
        auto src = std::make_shared<py::SourceFile>(filename_, source_);
        py::CompileResult cr = py::compile_source(src);
        if (cr.error) syntax_error = *cr.error;
        recorder_.attach(I);
    }
    void program_finished() override { recorder_.program_finished(); }
    void detach() override { recorder_.detach(); }

    std::optional<py::SyntaxError> syntax_error;

  private:
    Recorder recorder_;
    const std::string& filename_;
    const std::string& source_;
};

} // namespace

RecordResult record_program(const std::string& filename, const std::string& source,
                            const RecordOptions& opts,
                            const std::function<void(int, std::string_view)>& output) {
    auto data = std::make_unique<RecordingData>();
    RecordingRun run(*data, opts, filename, source);
    RunOptions ro;
    ro.max_steps = opts.max_steps;
    ro.asyncio_debug = opts.asyncio_debug;
    ro.observer = &run;
    // A program recorded from a file imports the modules next to it, as `loopstep run` does.
    std::string dir = std::filesystem::path(filename).parent_path().string();
    ro.module_dir = dir.empty() ? std::string(".") : dir;
    std::function<void(int, std::string_view)> sink =
        output ? output : [](int, std::string_view) {};
    RunResult rr = run_program(filename, source, ro, sink);

    RecordResult result;
    result.exit_status = rr.exit_status;
    if (run.syntax_error) {
        const py::SyntaxError& e = *run.syntax_error;
        Diagnostic d;
        d.kind = e.kind == py::ErrorKind::Unsupported ? Diagnostic::Kind::Unsupported
                                                      : Diagnostic::Kind::SyntaxError;
        d.message = e.message;
        d.file = e.filename;
        d.line = e.lineno;
        d.column = e.offset;
        d.text = py::format_syntax_error(e);
        result.diagnostic = std::move(d);
    } else if (rr.budget_exceeded) {
        Diagnostic d;
        d.kind = Diagnostic::Kind::BudgetExceeded;
        d.message = rr.budget_message;
        d.file = filename;
        d.text = "loopstep: stopped: " + rr.budget_message + "\n";
        result.diagnostic = std::move(d);
    }
    result.recording = std::make_shared<const Recording>(std::move(data));
    return result;
}

} // namespace loopstep::record
