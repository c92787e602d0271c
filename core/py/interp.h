// The interpreter: one per simulated program. It owns the builtins, the imported modules, the
// threads' frame chains, the budgets that stop runaway programs, and the hooks through which the
// recorder and the app observe execution (lines, frames, suspensions, exceptions, output).
// Native code reaches the running interpreter through interp(); there is one per OS thread.
#pragma once

#include "core/py/frame.h"
#include "core/py/generator.h"
#include "core/py/object.h"
#include "core/py/source.h"
#include "core/py/threads.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace loopstep::py {

// What the recorder and the app see of execution. All callbacks are optional no-ops.
class VMHooks {
  public:
    virtual ~VMHooks() = default;
    virtual void on_line(Frame& /*f*/, int /*line*/) {}
    virtual void on_frame_push(Frame& /*f*/) {}
    virtual void on_frame_pop(Frame& /*f*/) {}
    virtual void on_suspend(Frame& /*f*/, const Value& /*yielded*/) {}
    virtual void on_resume(Frame& /*f*/) {}
    virtual void on_exception(Frame& /*f*/, const Value& /*exc*/) {}
    virtual void on_output(int /*stream*/, std::string_view /*text*/) {}
};

// One simulated thread of the program (the main thread, or a threading.Thread / executor worker).
struct ThreadState {
    int id = 0;
    std::string name = "MainThread";
    Frame* frame = nullptr; // innermost executing frame, or null
    int depth = 0;          // Python frames currently executing on this thread
    int native_depth = 0;   // nested eval() activations (native code calling back into Python)
    ExcStackItem base_exc;
    ExcStackItem* exc_info = &base_exc;
    // sys.set_asyncgen_hooks(): what async generators call on first iteration and when dropped.
    Value asyncgen_firstiter;
    Value asyncgen_finalizer;
    // asyncio's running loop on this thread (events._get_running_loop()), or null.
    Value running_loop;
};

// Raised (as a C++ exception, not a Python one) when a budget stops the run.
struct BudgetExceeded : std::exception {
    std::string message;
    explicit BudgetExceeded(std::string m) : message(std::move(m)) {}
    const char* what() const noexcept override { return message.c_str(); }
};

// Raised to end the program from sys.exit()/SystemExit reaching the top, carrying the status.
struct ProgramExit {
    int status;
};

struct Limits {
    uint64_t max_steps = 200'000'000; // executed instructions
    int64_t max_memory = 1ll << 30;   // bytes of live Python objects
    int recursion_limit = 1000;
};

class Interp {
  public:
    Interp();
    ~Interp();
    Interp(const Interp&) = delete;
    Interp& operator=(const Interp&) = delete;

    // Runs `text` as the __main__ module named `filename`. Prints tracebacks and warnings like
    // CPython and returns the exit status python3 would have.
    int run_main(const std::string& filename, const std::string& text);

    // Compiles and runs library source (loopstep's own Python modules) as module `name`.
    Value run_library_module(const std::string& name, std::shared_ptr<SourceFile> src);

    // Executes a fresh frame to completion on the current thread.
    Value run_frame(Frame* f);
    // Resumes a generator frame (used by gen_send/gen_throw).
    GenResult resume(GeneratorObject* g, const Value& send, const Value& throw_exc);

    // Calls any callable from native code.
    Value call(const Value& f, CallArgs& a);

    void write(int stream, std::string_view text); // 1 stdout, 2 stderr
    void set_output(std::function<void(int, std::string_view)> sink) { output_ = std::move(sink); }

    ThreadState& thread() { return *current_thread_; }
    void set_current_thread(ThreadState* ts) { current_thread_ = ts; }
    // The simulated threads (created with the interpreter; the main thread runs the program).
    Scheduler& scheduler() { return *scheduler_; }
    VMHooks* hooks() const { return hooks_; }
    void set_hooks(VMHooks* h) { hooks_ = h; }

    Limits limits;
    uint64_t steps = 0;
    // The eval loop calls on_step_limit() when steps passes this: the step budget, or the end
    // of the running thread's time slice.
    uint64_t step_limit = 0;
    void on_step_limit();

    Value builtins; // DictObject
    Value modules;  // DictObject: sys.modules
    Value main_module;
    Value sys_module;
    std::map<std::string, std::shared_ptr<SourceFile>> sources; // by filename
    uint64_t next_frame_serial = 1;

    // The current exception being handled on this thread (for implicit chaining), or null.
    Value current_handled_exception() const;

    // Imports a module by name (built-in or loopstep-provided, or a module of the program's
    // own from find_program_module); raises ModuleNotFoundError.
    Value import_module(const std::string& name);

    // A module the program brings along: `import helper` finds helper.py in the program's
    // directory (CPython's sys.path[0]) before loopstep's Python library modules.
    struct ProgramModule {
        std::string filename; // as CPython names it: the absolute path
        std::string text;
    };
    std::function<std::optional<ProgramModule>(const std::string& name)> find_program_module;

    // Prints an uncaught exception as sys.excepthook would.
    void print_exception(const Value& exc);
    // "Exception ignored in: ..." for errors in finalisers and callbacks that cannot raise.
    void write_unraisable(const Value& exc, const Value& obj);
    // Called when a budget is exceeded inside the eval loop.
    [[noreturn]] void budget_exceeded(const std::string& what);

    // `loopstep run --trace`: print "#TRACE t=... label" before each loop callback.
    bool trace_callbacks = false;

    // Virtual time: seconds since the program started (time.monotonic()); time.time() is
    // 1700000000.0 plus this. Only sleeps, timers and blocking calls move it.
    double clock = 0.0;
    // time.sleep(s): blocks the current simulated thread for s seconds of virtual time.
    void sleep(double seconds);

    // Set to make the eval loop call on_eval_breaker() at its next loop edge (thread switches,
    // memory checks).
    bool eval_breaker = false;
    void on_eval_breaker();
    void set_breaker_hook(std::function<void()> h) { breaker_hook_ = std::move(h); }

    // Coroutine creation: debug mode records where (sys.set_coroutine_origin_tracking_depth).
    int coroutine_origin_depth = 0;
    void on_coroutine_created(GeneratorObject* g);
    Value capture_origin(int depth);

    // What happens after __main__ finishes (atexit, then the asyncio model's shutdown work).
    void set_shutdown_hook(std::function<void()> h) { shutdown_hook_ = std::move(h); }
    Value atexit_callbacks; // list of (func, args, kwargs)
    // abc.ABC, once the abc module registered it: loopstep has no metaclasses, so classes
    // deriving from it get ABCMeta's isinstance()/issubclass() behaviour from their own
    // __instancecheck__ / __subclasscheck__ class methods instead.
    Value abc_root;
    int exit_status_for(const Value& exc); // prints as CPython does and returns the status
    bool exited_by_keyboard_interrupt = false;

  private:
    friend class EvalLoop;
    Value run_program_module(const std::string& name, const ProgramModule& pm);
    int finish(int status);
    void run_atexit();
    void set_sys_argv(const std::string& filename);
    Interp* prev_ = nullptr;
    std::unique_ptr<Scheduler> scheduler_;
    ThreadState* current_thread_ = nullptr;
    VMHooks* hooks_ = nullptr;
    std::function<void(int, std::string_view)> output_;
    std::function<void()> breaker_hook_;
    std::function<void()> shutdown_hook_;
    std::function<void(GeneratorObject*)> coroutine_hook_;
};

Interp& interp(); // the interpreter running on this OS thread

} // namespace loopstep::py
