// The interpreter object: start-up of the built-in types and modules, calling any Python
// object from native code, running the __main__ module with CPython's exit-status and
// uncaught-exception behaviour, and the import system (built-in modules only: scenario files may
// not reach the machine's files, network or processes).
#include "core/py/interp.h"
#include "core/py/native_lines.h"

#include "core/py/builtin_iters.h"
#include "core/py/builtins.h"
#include "core/py/bytes.h"
#include "core/py/compiler.h"
#include "core/py/container_util.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/eval.h"
#include "core/py/exception.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/iterators.h"
#include "core/py/module.h"
#include "core/py/modules/registry.h"
#include "core/py/range.h"
#include "core/py/set.h"
#include "core/py/slice.h"
#include "core/py/stdlib_embedded.h"
#include "core/py/str.h"
#include "core/py/traceback.h"
#include "core/py/tuple.h"
#include "core/py/type.h"
#include "core/py/warnings.h"
#include "core/py/weakref.h"

#include <map>
#include <mutex>

namespace loopstep::py {

void init_textio_type(); // modules/sys_module.cpp

namespace {

thread_local Interp* tl_interp = nullptr;

void init_builtin_types_once() {
    static std::once_flag once;
    std::call_once(once, [] {
        // The order matters: dicts and strings first (every type's namespace uses them), then
        // None, then everything that builds methods and constants.
        init_type_system();
        init_dict_type();
        init_str_type();
        init_misc_types();
        init_function_types();
        init_type_methods();
        init_number_types();
        init_number_methods();
        init_tuple_type();
        init_list_type();
        init_dict_methods();
        init_set_types();
        init_exception_types();
        init_generator_types();
        init_iterator_types();
        init_builtin_iter_types();
        init_slice_type();
        init_range_type();
        init_module_type();
        init_textio_type();
        init_str_methods();
        init_weakref_type();
        // The dunders CPython derives from slots (int.__add__, object.__eq__...), once every
        // built-in type has its slots.
        for (Type* t : builtin_types()) add_slot_wrappers(t);
    });
}

} // namespace

Interp& interp() {
    return *tl_interp;
}

Interp::Interp() {
    init_builtin_types_once();
    prev_ = tl_interp;
    tl_interp = this;
    scheduler_ = std::make_unique<Scheduler>(*this);
    current_thread_ = &scheduler_->state_of(scheduler_->main_thread());
    step_limit = limits.max_steps;
    modules = new_dict();
    builtins = make_builtins_dict();
    Value bmod = new_module("builtins", builtins);
    as_dict(modules)->set_str(intern("builtins"), bmod);
    sys_module = import_module("sys");
}

Interp::~Interp() {
    // Teardown runs finalisers; no budget or thread switch may interrupt it.
    limits.max_steps = UINT64_MAX;
    scheduler_->freeze();
    // Modules and their globals reference each other; clear the namespaces so objects go.
    modules = Value();
    main_module = Value();
    sys_module = Value();
    builtins = Value();
    scheduler_.reset();
    tl_interp = prev_;
}

void Interp::write(int stream, std::string_view text) {
    if (hooks_) hooks_->on_output(stream, text);
    if (output_) output_(stream, text);
}

Value Interp::current_handled_exception() const {
    for (ExcStackItem* e = current_thread_->exc_info; e; e = e->previous)
        if (!e->exc.is_null() && !is_none(e->exc)) return e->exc;
    return Value();
}

void Interp::budget_exceeded(const std::string& what) {
    if (what == "steps")
        throw BudgetExceeded(fmt("the program ran more than %llu instructions (loopstep's step "
                                 "budget, --max-steps); it may be stuck in a loop",
                                 static_cast<unsigned long long>(limits.max_steps)));
    throw BudgetExceeded("the program used more than the memory budget");
}

void Interp::sleep(double seconds) {
    scheduler_->sleep(seconds);
}

void Interp::on_step_limit() {
    if (steps > limits.max_steps) budget_exceeded("steps");
    scheduler_->on_time_slice_end();
}

void Interp::run_atexit() {
    if (atexit_callbacks.is_null()) return;
    std::vector<Value> cbs = to_vector(atexit_callbacks);
    atexit_callbacks = Value();
    // Last registered, first called; errors are reported and the others still run.
    for (size_t i = cbs.size(); i-- > 0;) {
        TupleObject* t = as_tuple(cbs[i]);
        try {
            CallArgs a;
            std::vector<Value> args = to_vector((*t)[1]);
            a.args = args.data();
            a.nargs = args.size();
            call((*t)[0], a);
        } catch (PyError& e) {
            if (exc_matches(e.exc, SystemExit_type)) continue;
            write(2, "Exception ignored in atexit callback: " + repr_utf8((*t)[0]) + "\n");
            print_exception(e.exc);
        }
    }
}

void Interp::on_eval_breaker() {
    eval_breaker = false;
    if (alloc_stats().live_bytes > limits.max_memory) {
        raise_memory_error();
    }
    if (breaker_hook_) breaker_hook_();
}

void Interp::on_coroutine_created(GeneratorObject* g) {
    if (coroutine_origin_depth > 0) g->origin = capture_origin(coroutine_origin_depth);
    if (coroutine_hook_) coroutine_hook_(g);
}

Value Interp::capture_origin(int depth) {
    std::vector<Value> items;
    for (Frame* f = current_thread_->frame; f && static_cast<int>(items.size()) < depth;
         f = f->back) {
        items.push_back(
            new_tuple({new_str(f->code->filename()),
                       new_int(f->shown_line ? f->shown_line : f->code->shown_line(f->lasti)),
                       new_str(f->code->name)}));
        for (const NativeLine& n : native_lines_below(f))
            if (static_cast<int>(items.size()) < depth)
                items.push_back(
                    new_tuple({new_str(n.filename), new_int(n.lineno), new_str(n.name)}));
    }
    return new_tuple(std::move(items));
}

// ---- calls --------------------------------------------------------------------------------------

Value Interp::call(const Value& f, CallArgs& a) {
    Type* t = f.type();
    if (t == function_type) {
        auto* fn = f.as<FunctionObject>();
        CodeObject* co = fn->co();
        Frame* fr = frame_for_call(fn, a.args, a.nargs, a.kwnames);
        if (co->flags & kCoGenerator) return new_generator(GenKind::Generator, fr, fn);
        if (co->flags & kCoCoroutine) return new_generator(GenKind::Coroutine, fr, fn);
        if (co->flags & kCoAsyncGenerator) return new_generator(GenKind::AsyncGenerator, fr, fn);
        fr->serial = next_frame_serial++;
        struct FrameOwner {
            Frame* f;
            ~FrameOwner() { frame_free(f); }
        } owner{fr};
        return eval_frame(fr);
    }
    if (t == native_function_type) {
        auto* n = f.as<NativeFunctionObject>();
        if (n->self.is_null() || is_instance(n->self, module_type)) {
            CallArgs b = a;
            b.callee = f.obj();
            return n->fn(b);
        }
    }
    if (!t->call) raise_type_error(fmt("'%s' object is not callable", t->name.c_str()));
    return t->call(f, a);
}

Value Interp::run_frame(Frame* f) {
    struct FrameOwner {
        Frame* f;
        ~FrameOwner() { frame_free(f); }
    } owner{f};
    f->serial = next_frame_serial++;
    return eval_frame(f);
}

// ---- modules and import -------------------------------------------------------------------------

Value Interp::import_module(const std::string& name) {
    DictObject* mods = as_dict(modules);
    if (Value* m = mods->find_str(intern(name))) return *m;
    // A dotted name imports its parents first and becomes an attribute of its parent.
    size_t dot = name.rfind('.');
    Value parent;
    if (dot != std::string::npos) parent = import_module(name.substr(0, dot));
    ModuleInitFn init = find_builtin_module(name);
    if (!init && dot == std::string::npos && find_program_module) {
        if (std::optional<ProgramModule> pm = find_program_module(name))
            return run_program_module(name, *pm);
    }
    if (!init) {
        if (const EmbeddedModule* em = find_embedded_module(name)) {
            Value m = run_library_module(name, embedded_source(*em));
            if (!parent.is_null()) setattr(parent, intern(name.substr(dot + 1)), m);
            return m;
        }
        Value e =
            new_exception(ModuleNotFoundError_type, fmt("No module named '%s'", name.c_str()));
        as_exc(e)->extra = new_str(name);
        raise(e);
    }
    Value m = init(*this);
    mods->set_str(intern(name), m);
    if (!parent.is_null()) setattr(parent, intern(name.substr(dot + 1)), m);
    return m;
}

Value import_name(const std::string& name, const Value& fromlist) {
    Interp& I = interp();
    Value m = I.import_module(name);
    bool has_from = !fromlist.is_null() && !is_none(fromlist) && truthy(fromlist);
    if (has_from || name.find('.') == std::string::npos) return m;
    return I.import_module(name.substr(0, name.find('.')));
}

Value import_from(const Value& module, StrObject* name) {
    Value v = getattr_opt(module, name);
    if (!v.is_null()) return v;
    // A submodule not imported yet.
    Value mname = getattr_opt(module, intern("__name__"));
    if (!mname.is_null() && is_str(mname)) {
        std::string full = as_str(mname)->s + "." + name->s;
        try {
            return interp().import_module(full);
        } catch (PyError& e) {
            if (!exc_matches(e.exc, ImportError_type)) throw;
        }
        // ImportError.name is the module the name was looked for in, as CPython sets it.
        Value e = new_exception(ImportError_type,
                                fmt("cannot import name '%s' from '%s' (unknown location)",
                                    name->s.c_str(), as_str(mname)->s.c_str()));
        as_exc(e)->extra = mname;
        raise(e);
    }
    raise(ImportError_type, fmt("cannot import name '%s'", name->s.c_str()));
}

void import_star(const Value& module, const Value& locals) {
    Value all = getattr_opt(module, intern("__all__"));
    DictObject* d = as_dict(locals);
    if (!all.is_null()) {
        for (const Value& n : to_vector(all)) d->set(n, getattr(module, as_str(n)));
        return;
    }
    Value md = getattr(module, intern("__dict__"));
    dict_for_each(as_dict(md), [&](const Value& k, const Value& v) {
        if (is_str(k) && !as_str(k)->s.empty() && as_str(k)->s[0] != '_') d->set(k, v);
    });
}

Value Interp::run_library_module(const std::string& name, std::shared_ptr<SourceFile> src) {
    sources[src->filename] = src;
    CompileResult cr = compile_source(src);
    if (cr.error)
        throw std::runtime_error("loopstep library module " + name +
                                 " does not compile: " + cr.error->message + " at line " +
                                 std::to_string(cr.error->lineno));
    Value globals = new_dict();
    as_dict(globals)->set_str(intern("__name__"), new_str(name));
    as_dict(globals)->set_str(intern("__builtins__"),
                              Value::borrow(as_dict(modules)->find_str(intern("builtins"))->obj()));
    Value m = new_module(name, globals);
    as_dict(modules)->set_str(intern(name), m);
    auto* co = cr.code.as<CodeObject>();
    Frame* f = frame_new(co, cr.code, Value(), globals, builtins, globals);
    run_frame(f);
    return m;
}

Value Interp::run_program_module(const std::string& name, const ProgramModule& pm) {
    auto src = std::make_shared<SourceFile>(pm.filename, pm.text);
    sources[pm.filename] = src;
    CompileResult cr = compile_source(src);
    if (cr.error) {
        const SyntaxError& e = *cr.error;
        Type* t = e.kind == ErrorKind::IndentationError ? IndentationError_type
                  : e.kind == ErrorKind::TabError       ? TabError_type
                                                        : SyntaxError_type;
        raise(new_exception(
            t, fmt("%s (%s, line %d)", e.message.c_str(), pm.filename.c_str(), e.lineno)));
    }
    Value globals = new_dict();
    DictObject* g = as_dict(globals);
    g->set_str(intern("__name__"), new_str(name));
    g->set_str(intern("__doc__"), none());
    g->set_str(intern("__file__"), new_str(pm.filename));
    g->set_str(intern("__builtins__"), *as_dict(modules)->find_str(intern("builtins")));
    Value m = new_module(name, globals);
    // In sys.modules while it runs, so circular imports see the partly built module; gone
    // again if running it fails.
    as_dict(modules)->set_str(intern(name), m);
    try {
        Frame* f =
            frame_new(cr.code.as<CodeObject>(), cr.code, Value(), globals, builtins, globals);
        run_frame(f);
    } catch (PyError&) {
        as_dict(modules)->del(Value::borrow(intern(name)));
        throw;
    }
    return m;
}

// ---- __main__ -----------------------------------------------------------------------------------

int Interp::exit_status_for(const Value& exc) {
    if (!exc_matches(exc, SystemExit_type)) {
        print_exception(exc);
        if (exc_matches(exc, KeyboardInterrupt_type)) exited_by_keyboard_interrupt = true;
        if (exc_matches(exc, ModuleNotFoundError_type) && !as_exc(exc)->extra.is_null()) {
            std::string mod = str_utf8(as_exc(exc)->extra);
            if (is_sandboxed_module(mod))
                write(2, "loopstep: scenarios have no file, network or process access, so the '" +
                             mod + "' module is not available.\n");
        }
        return 1;
    }
    Value code = as_exc(exc)->value;
    if (code.is_null() || is_none(code)) return 0;
    int64_t status;
    if (is_int(code) && int_to_i64(code, status)) return static_cast<int>(status & 0xFF);
    // sys.exit("message"): printed to stderr, status 1.
    write(2, str_utf8(code) + "\n");
    return 1;
}

int Interp::run_main(const std::string& filename, const std::string& text) {
    auto src = std::make_shared<SourceFile>(filename, text);
    sources[filename] = src;
    CompileResult cr = compile_source(src);
    if (cr.error) {
        print_syntax_error(*cr.error);
        return 1;
    }
    Value globals = new_dict();
    DictObject* g = as_dict(globals);
    g->set_str(intern("__name__"), new_str("__main__"));
    g->set_str(intern("__doc__"), none());
    g->set_str(intern("__file__"), new_str(filename));
    g->set_str(intern("__builtins__"), *as_dict(modules)->find_str(intern("builtins")));
    main_module = new_module("__main__", globals);
    as_dict(modules)->set_str(intern("__main__"), main_module);
    set_sys_argv(filename);
    scheduler_->update_step_limit();
    int status = 0;
    try {
        Frame* f =
            frame_new(cr.code.as<CodeObject>(), cr.code, Value(), globals, builtins, globals);
        run_frame(f);
    } catch (PyError& e) {
        status = exit_status_for(e.exc);
    }
    status = finish(status);
    return status;
}

int Interp::finish(int status) {
    // Interpreter shutdown, as CPython's: wait for the non-daemon threads (threading._shutdown),
    // atexit callbacks, then module teardown (which runs the finalisers of what the program left
    // behind, e.g. suspended generators) while the daemon threads stay frozen.
    if (Value* threading = as_dict(modules)->find_str(intern("threading"))) {
        try {
            call_method(*threading, intern("_shutdown"), {});
        } catch (PyError& e) {
            write_unraisable(e.exc, *threading);
        }
    }
    try {
        run_atexit();
    } catch (PyError& e) {
        status = exit_status_for(e.exc);
    }
    scheduler_->freeze();
    if (shutdown_hook_) shutdown_hook_();
    return status;
}

void Interp::write_unraisable(const Value& exc, const Value& obj) {
    std::string where;
    try {
        where = obj.is_null() ? "" : repr_utf8(obj);
    } catch (PyError&) {
        where = "<object repr() failed>";
    }
    // An exception raised by native code (a finaliser) has not passed through any frame: like
    // CPython's PyErr_WriteUnraisable, show the frame that was running as its traceback.
    Frame* f = current_thread_->frame;
    if (f && is_exception_instance(exc) && as_exc(exc)->traceback.is_null())
        traceback_add(exc, f->code_ref, f->lasti, f->code->line_at(f->lasti));
    write(2, "Exception ignored in: " + where + "\n");
    print_exception(exc);
}

void Interp::print_exception(const Value& exc) {
    write(2, format_exception(exc));
}

} // namespace loopstep::py
