// _loopstep: helpers that loopstep's Python-written library modules need from the interpreter
// (source lines for warnings, the traceback printer). Not meant for scenario programs.
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/frame.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/module.h"
#include "core/py/modules/asyncio_debug.h"
#include "core/py/modules/registry.h"
#include "core/py/native_lines.h"
#include "core/py/str.h"
#include "core/py/threads.h"
#include "core/py/traceback.h"
#include "core/py/tuple.h"
#include "core/py/weakref.h"

#include <mutex>
#include <unordered_set>

namespace loopstep::py {

namespace {

// linecache.getline(filename, lineno): the line with its newline, or "".
Value l_getline(CallArgs& a) {
    check_nargs(a, "getline", 2, 2);
    if (!is_str(a.args[0])) return new_str("");
    auto& sources = interp().sources;
    auto it = sources.find(as_str(a.args[0])->s);
    int64_t n = 0;
    if (!int_to_i64(a.args[1], n)) return new_str("");
    if (const char* text = native_line_text(as_str(a.args[0])->s, static_cast<int>(n)))
        return new_str(std::string(text) + "\n");
    if (it == sources.end()) return new_str("");
    const SourceFile& src = *it->second;
    if (src.no_text) return new_str("");
    // Library files report CPython's line numbers: find our line shown as n.
    int line = static_cast<int>(n);
    if (!src.reported_line.empty()) {
        line = -1;
        // A line annotated to show as n wins over our own line n, which shows as itself.
        for (size_t i = 0; i < src.reported_line.size(); ++i) {
            if (src.reported_line[i] != n) continue;
            line = static_cast<int>(i) + 1;
            if (line != n) break;
        }
    }
    if (line < 1 || line > src.line_count()) return new_str("");
    return new_str(std::string(src.line(line)) + "\n");
}

Value exception_arg(CallArgs& a, size_t i) {
    if (a.nargs <= i || is_none(a.args[i])) {
        Value e = interp().current_handled_exception();
        return e;
    }
    return a.args[i];
}

// The traceback module's printing, as traceback.py in 3.11 (no "Did you mean").
Value t_format_exception(CallArgs& a) {
    // format_exception(exc) or format_exception(type, value, tb)
    Value v = a.nargs >= 2 ? a.args[1] : exception_arg(a, 0);
    if (v.is_null() || is_none(v)) return new_list({new_str("NoneType: None\n")});
    std::string text = format_exception(v, false);
    std::vector<Value> lines;
    lines.push_back(new_str(text));
    return new_list(std::move(lines));
}
Value t_format_exception_only(CallArgs& a) {
    Value v = a.nargs >= 2 ? a.args[1] : exception_arg(a, 0);
    if (v.is_null() || is_none(v)) return new_list({new_str("NoneType: None\n")});
    return new_list({new_str(format_exception_only(v, false))});
}
Value t_format_tb(CallArgs& a) {
    check_nargs(a, "format_tb", 1, 2);
    if (is_none(a.args[0])) return new_list();
    return new_list({new_str(format_traceback_entries(a.args[0]))});
}

// types.coroutine for a generator function: marks its code so it may be awaited.
Value l_mark_iterable_coroutine(CallArgs& a) {
    check_nargs(a, "mark_iterable_coroutine", 1, 1);
    const Value& f = a.args[0];
    if (f.type() != function_type) return f;
    auto* co = f.as<FunctionObject>()->co();
    if (co->flags & kCoGenerator) co->flags |= kCoIterableCoroutine;
    return f;
}

// traceback.extract_stack() without the innermost `skip` frames: (file, line, name, text).
Value l_extract_stack(CallArgs& a) {
    int64_t skip = a.nargs ? index_value(a.args[0]) : 0;
    std::vector<Value> frames;
    for (Frame* f = interp().thread().frame; f; f = f->back) {
        if (skip > 0) {
            --skip;
            continue;
        }
        int line = f->code->line_at(f->lasti);
        int shown = f->code->source ? f->code->source->report(line) : line;
        std::string text = f->code->source ? std::string(f->code->source->line(line)) : "";
        size_t b = text.find_first_not_of(" \t");
        text = b == std::string::npos ? "" : text.substr(b);
        frames.push_back(new_tuple(
            {new_str(f->code->filename()), new_int(shown), new_str(f->code->name), new_str(text)}));
        for (const NativeLine& n : native_lines_below(f))
            frames.push_back(new_tuple(
                {new_str(n.filename), new_int(n.lineno), new_str(n.name), new_str(n.text)}));
    }
    return new_list(std::vector<Value>(frames.rbegin(), frames.rend()));
}

Value l_weakref(CallArgs& a) {
    check_nargs(a, "weakref", 1, 1);
    return new_weakref(a.args[0]);
}

// abc.ABC registers itself: classes deriving from it answer isinstance()/issubclass() through
// their own __instancecheck__/__subclasscheck__, as ABCMeta's classes do in CPython.
Value l_set_abc_root(CallArgs& a) {
    check_nargs(a, "set_abc_root", 1, 1);
    if (!is_instance(a.args[0], type_type)) raise_type_error("set_abc_root() needs a class");
    interp().abc_root = a.args[0];
    return none();
}

// is_hidden_file(filename): whether frames of that file stay out of tracebacks (library code
// that is C in CPython), so that stack walks written in Python can skip them too.
Value l_is_hidden_file(CallArgs& a) {
    check_nargs(a, "is_hidden_file", 1, 1);
    if (!is_str(a.args[0])) return py_bool(false);
    auto& sources = interp().sources;
    auto it = sources.find(as_str(a.args[0])->s);
    return py_bool(it != sources.end() && it->second->hide_frames);
}

// set_line(n): the line tracebacks report for the calling frame from now on (0: its own).
Value l_set_line(CallArgs& a) {
    check_nargs(a, "set_line", 1, 1);
    int64_t n = 0;
    if (!int_to_i64(a.args[0], n) || n < 0 || n > INT32_MAX)
        raise_value_error("set_line() needs a line number");
    if (Frame* f = interp().thread().frame) f->shown_line = static_cast<int32_t>(n);
    return none();
}

// asyncio_debug(): whether asyncio starts in debug mode (what PYTHONASYNCIODEBUG=1 does under
// CPython), for asyncio.coroutines._is_debug_mode().
Value l_asyncio_debug(CallArgs& a) {
    check_nargs(a, "asyncio_debug", 0, 0);
    return py_bool(asyncio_debug(interp()));
}

// The interpreters running in debug mode; several run at once (the app records on a worker
// while tests or another recording run), so the set is shared under a lock.
std::mutex debug_interps_mutex;
std::unordered_set<const Interp*> debug_interps;

// set_thread_name(ident, name): threading.Thread's name for the simulated thread, so that the
// recording's thread tracks read "asyncio_0" or "feeder" rather than a number.
Value l_set_thread_name(CallArgs& a) {
    check_nargs(a, "set_thread_name", 2, 2);
    int64_t ident = 0;
    if (!is_int(a.args[0]) || !int_to_i64(a.args[0], ident) || !is_str(a.args[1]))
        raise_type_error("set_thread_name() needs an ident and a str");
    return py_bool(interp().scheduler().set_name(ident, as_str(a.args[1])->s));
}

} // namespace

void set_asyncio_debug(const Interp& I, bool on) {
    std::lock_guard lock(debug_interps_mutex);
    if (on)
        debug_interps.insert(&I);
    else
        debug_interps.erase(&I);
}

bool asyncio_debug(const Interp& I) {
    std::lock_guard lock(debug_interps_mutex);
    return debug_interps.count(&I) != 0;
}

Value init_loopstep_module(Interp&) {
    Value m = new_module("_loopstep");
    module_add_function(m, "getline", l_getline);
    module_add_function(m, "format_exception", t_format_exception);
    module_add_function(m, "format_exception_only", t_format_exception_only);
    module_add_function(m, "format_tb", t_format_tb);
    module_add_function(m, "mark_iterable_coroutine", l_mark_iterable_coroutine);
    module_add_function(m, "extract_stack", l_extract_stack);
    module_add_function(m, "weakref", l_weakref);
    module_add_function(m, "set_abc_root", l_set_abc_root);
    module_add_function(m, "set_line", l_set_line);
    module_add_function(m, "is_hidden_file", l_is_hidden_file);
    module_add_function(m, "asyncio_debug", l_asyncio_debug);
    module_add_function(m, "set_thread_name", l_set_thread_name);
    return m;
}

Value init_atexit_module(Interp&) {
    Value m = new_module("atexit");
    module_add_function(m, "register", [](CallArgs& a) -> Value {
        if (a.nargs < 1) raise_type_error("register() takes at least 1 argument (0 given)");
        Interp& I = interp();
        if (I.atexit_callbacks.is_null()) I.atexit_callbacks = new_list();
        list_append(I.atexit_callbacks, new_tuple({a.args[0], new_tuple(a.args + 1, a.nargs - 1)}));
        return a.args[0];
    });
    module_add_function(m, "unregister", [](CallArgs& a) -> Value {
        check_nargs(a, "unregister", 1, 1);
        Interp& I = interp();
        if (I.atexit_callbacks.is_null()) return none();
        std::vector<Value> keep;
        for (const Value& t : to_vector(I.atexit_callbacks))
            if (!equals((*as_tuple(t))[0], a.args[0])) keep.push_back(t);
        I.atexit_callbacks = new_list(std::move(keep));
        return none();
    });
    return m;
}

} // namespace loopstep::py
