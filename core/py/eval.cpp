// The eval loop. It runs a chain of heap frames: a call to a Python function pushes a frame and
// continues in the same loop, `await`/`yield from` on a Python generator pushes the generator's
// frame the same way, and returning or yielding pops back to the frame below. The loop is left
// only when the frame it was entered with returns or yields, so a suspended coroutine is nothing
// but its frame, and nothing of it stays on the C++ stack.
//
// Native code that raises throws PyError; the loop catches it at the instruction that called
// into native code and unwinds Python frames through their handler tables. `raise` in Python
// unwinds without any C++ exception.
#include "core/py/eval.h"

#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/exception.h"
#include "core/py/format.h"
#include "core/py/function.h"
#include "core/py/generator.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/iterators.h"
#include "core/py/opcodes.h"
#include "core/py/set.h"
#include "core/py/slice.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <cmath>

// Dispatch uses computed goto (a GCC/Clang extension supported by every compiler loopstep
// builds with): it is the single largest factor in the interpreter's speed.
#pragma GCC diagnostic ignored "-Wpedantic"

namespace loopstep::py {

namespace {

[[noreturn]] void unbound_local(CodeObject* co, size_t slot) {
    std::string name;
    if (slot < co->varnames.size())
        name = co->varnames[slot]->s;
    else if (slot < co->varnames.size() + co->cellvars.size())
        name = co->cellvars[slot - co->varnames.size()]->s;
    else
        name = co->freevars[slot - co->varnames.size() - co->cellvars.size()]->s;
    if (slot >= co->varnames.size() + co->cellvars.size())
        raise(NameError_type, fmt("cannot access free variable '%s' where it is not associated "
                                  "with a value in enclosing scope",
                                  name.c_str()));
    raise(UnboundLocalError_type,
          fmt("cannot access local variable '%s' where it is not associated with a value",
              name.c_str()));
}

// NameError remembers the globals it was looked up in, for the "Did you mean" suggestion.
[[noreturn]] void name_error(StrObject* name, const Value& globals) {
    Value e = new_exception(NameError_type, fmt("name '%s' is not defined", name->s.c_str()));
    as_exc(e)->extra = Value::borrow(name);
    as_exc(e)->value = globals;
    raise(e);
}

std::string func_desc(FunctionObject* fn) {
    return as_str(fn->qualname)->s + "()";
}

[[noreturn]] void too_many_positional(FunctionObject* fn, size_t given, size_t kwgiven) {
    CodeObject* co = fn->co();
    size_t argcount = co->argcount;
    size_t ndefaults = fn->defaults.is_null() ? 0 : as_tuple(fn->defaults)->n;
    std::string takes;
    if (ndefaults)
        takes = fmt("from %zu to %zu positional arguments", argcount - ndefaults, argcount);
    else
        takes = fmt("%zu positional argument%s", argcount, argcount == 1 ? "" : "s");
    std::string given_s;
    if (kwgiven)
        given_s = fmt(" positional argument%s (and %zu keyword-only argument%s)",
                      given == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s");
    else
        given_s = "";
    const char* verb = given == 1 && !kwgiven ? "was" : "were";
    if (kwgiven)
        raise_type_error(fmt("%s takes %s but %zu%s %s given", func_desc(fn).c_str(), takes.c_str(),
                             given, given_s.c_str(), verb));
    raise_type_error(
        fmt("%s takes %s but %zu %s given", func_desc(fn).c_str(), takes.c_str(), given, verb));
}

[[noreturn]] void missing_args(FunctionObject* fn, const std::vector<std::string>& names,
                               bool kwonly) {
    std::string list;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) list += names.size() == 2 ? " " : ", ";
        if (i + 1 == names.size() && names.size() > 1) list += "and ";
        list += "'" + names[i] + "'";
    }
    raise_type_error(fmt("%s missing %zu required %s argument%s: %s", func_desc(fn).c_str(),
                         names.size(), kwonly ? "keyword-only" : "positional",
                         names.size() == 1 ? "" : "s", list.c_str()));
}

} // namespace

// Moves call arguments into a new frame's locals, with Python's rules and error messages.
void bind_args(FunctionObject* fn, Frame* fr, const Value* args, size_t nargs,
               TupleObject* kwnames) {
    CodeObject* co = fn->co();
    Value* locals = fr->localsplus();
    size_t argcount = co->argcount;
    size_t kwonly = co->kwonlyargcount;
    size_t total_named = argcount + kwonly;
    bool varargs = co->flags & kCoVarargs;
    bool varkw = co->flags & kCoVarkeywords;
    size_t nkw = kwnames ? kwnames->n : 0;

    // Fast path: exactly the positional parameters.
    if (nkw == 0 && nargs == argcount && !varargs && !varkw && kwonly == 0) {
        for (size_t i = 0; i < nargs; ++i) locals[i] = args[i];
        return;
    }
    Value kwdict;
    if (varkw) kwdict = new_dict();
    size_t n = nargs < argcount ? nargs : argcount;
    for (size_t i = 0; i < n; ++i) locals[i] = args[i];
    if (varargs) {
        size_t extra = nargs > argcount ? nargs - argcount : 0;
        locals[total_named] = new_tuple(args + n, extra);
    } else if (nargs > argcount) {
        size_t kwgiven = 0;
        for (size_t k = 0; k < nkw; ++k) {
            StrObject* kn = as_str((*kwnames)[k]);
            for (size_t j = argcount; j < total_named; ++j)
                if (co->varnames[j] == kn || co->varnames[j]->s == kn->s) ++kwgiven;
        }
        too_many_positional(fn, nargs, kwgiven);
    }
    if (varkw) locals[total_named + (varargs ? 1 : 0)] = kwdict;
    std::vector<std::string> posonly_as_kw;
    for (size_t k = 0; k < nkw; ++k) {
        Value key = (*kwnames)[k];
        StrObject* kn = as_str(key);
        const Value& val = args[nargs + k];
        size_t j = co->posonlyargcount;
        for (; j < total_named; ++j)
            if (co->varnames[j] == kn) break;
        if (j == total_named)
            for (j = co->posonlyargcount; j < total_named; ++j)
                if (co->varnames[j]->s == kn->s) break;
        if (j < total_named) {
            if (!locals[j].is_null())
                raise_type_error(fmt("%s got multiple values for argument '%s'",
                                     func_desc(fn).c_str(), kn->s.c_str()));
            locals[j] = val;
            continue;
        }
        bool is_posonly = false;
        for (size_t p = 0; p < co->posonlyargcount; ++p)
            if (co->varnames[p]->s == kn->s) is_posonly = true;
        if (varkw) {
            as_dict(kwdict)->set(key, val);
            continue;
        }
        if (is_posonly) {
            posonly_as_kw.push_back(kn->s);
            continue;
        }
        raise_type_error(fmt("%s got an unexpected keyword argument '%s'", func_desc(fn).c_str(),
                             kn->s.c_str()));
    }
    if (!posonly_as_kw.empty()) {
        std::string list;
        for (size_t i = 0; i < posonly_as_kw.size(); ++i) {
            if (i) list += ", ";
            list += "'" + posonly_as_kw[i] + "'";
        }
        raise_type_error(
            fmt("%s got some positional-only arguments passed as keyword arguments: %s",
                func_desc(fn).c_str(), list.c_str()));
    }
    // Defaults for missing positional parameters.
    if (nargs < argcount) {
        size_t ndef = fn->defaults.is_null() ? 0 : as_tuple(fn->defaults)->n;
        size_t first_default = argcount - ndef;
        std::vector<std::string> missing;
        for (size_t i = nargs; i < argcount; ++i) {
            if (!locals[i].is_null()) continue;
            if (i >= first_default)
                locals[i] = (*as_tuple(fn->defaults))[i - first_default];
            else
                missing.push_back(co->varnames[i]->s);
        }
        if (!missing.empty()) missing_args(fn, missing, false);
    }
    if (kwonly) {
        std::vector<std::string> missing;
        for (size_t i = argcount; i < total_named; ++i) {
            if (!locals[i].is_null()) continue;
            Value d;
            if (!fn->kwdefaults.is_null())
                d = as_dict(fn->kwdefaults)->get(Value::borrow(co->varnames[i]));
            if (!d.is_null())
                locals[i] = d;
            else
                missing.push_back(co->varnames[i]->s);
        }
        if (!missing.empty()) missing_args(fn, missing, true);
    }
}

Frame* frame_for_call(FunctionObject* fn, const Value* args, size_t nargs, TupleObject* kwnames) {
    CodeObject* co = fn->co();
    Frame* fr = frame_new(co, fn->code, Value::borrow(fn), fn->globals, fn->builtins, Value());
    try {
        bind_args(fn, fr, args, nargs, kwnames);
    } catch (...) {
        frame_free(fr);
        throw;
    }
    return fr;
}

// ---- the loop ---------------------------------------------------------------------------------

namespace {

// The outcome of running frames until the entry frame leaves.
struct Exit {
    GenStatus status;
    Value value;
};

constexpr int kMaxNativeDepth = 900;

struct Registers {
    Frame* f;
    CodeObject* co;
    const uint32_t* code;
    Value* locals;
    Value* sp;
    uint32_t ip;
};

} // namespace

class EvalLoop {
  public:
    explicit EvalLoop(Interp& in) : I(in), ts(in.thread()) {}

    Exit run(Frame* entry, bool resuming_gen, Value throw_exc);

  private:
    Interp& I;
    ThreadState& ts;

    bool push_frame_depth() {
        if (ts.depth + 1 > I.limits.recursion_limit) return false;
        ++ts.depth;
        return true;
    }
};

// Lookup of the handler for instruction `lasti` in `co`.
static const HandlerEntry* find_handler(CodeObject* co, uint32_t lasti) {
    const HandlerEntry* best = nullptr;
    for (const HandlerEntry& h : co->handlers) {
        if (lasti >= h.start && lasti < h.end) {
            // Entries never nest partially; the innermost is the narrowest one listed.
            if (!best || (h.end - h.start) < (best->end - best->start)) best = &h;
        }
    }
    return best;
}

Value eval_frame(Frame* f) {
    Interp& I = interp();
    EvalLoop loop(I);
    Exit e = loop.run(f, false, Value());
    return std::move(e.value);
}

GenResult eval_resume(Frame* f, const Value& throw_exc) {
    Interp& I = interp();
    EvalLoop loop(I);
    Exit e = loop.run(f, true, throw_exc);
    return GenResult{e.status, std::move(e.value)};
}

#define LS_DISPATCH() goto* dispatch_table[instr_op(code[ip])]

Exit EvalLoop::run(Frame* entry, bool resuming_gen, Value throw_exc) {
    static void* dispatch_table[256];
    static bool table_ready = false;
    if (!table_ready) {
        for (auto& p : dispatch_table) p = &&op_unknown;
#define LS_TABLE(name, effect) dispatch_table[OP_##name] = &&op_##name;
        LOOPSTEP_OPCODES(LS_TABLE)
#undef LS_TABLE
        table_ready = true;
    }

    if (++ts.native_depth > kMaxNativeDepth) {
        --ts.native_depth;
        raise(RecursionError_type, "maximum recursion depth exceeded");
    }
    Frame* saved_frame = ts.frame;
    struct DepthGuard {
        ThreadState& ts;
        Frame* saved;
        ~DepthGuard() {
            --ts.native_depth;
            ts.frame = saved;
        }
    } guard{ts, saved_frame};

    entry->is_entry = true;
    entry->back = saved_frame;
    Frame* f = entry;
    CodeObject* co;
    const uint32_t* code;
    Value* locals;
    Value* consts;
    Value* sp;
    uint32_t ip;
    uint32_t w;
    uint32_t arg;
    Value exc; // the exception being unwound
    VMHooks* hooks = I.hooks();
    bool reraise = false;
    // RERAISE restores the frame's instruction for its line, but handlers are looked up at the
    // RERAISE itself (as CPython does): this holds that position while unwinding.
    int64_t raise_at = -1;

    if (!resuming_gen) {
        if (!push_frame_depth()) raise(RecursionError_type, "maximum recursion depth exceeded");
        if (hooks) hooks->on_frame_push(*f);
    } else {
        ++ts.depth;
        if (hooks) hooks->on_resume(*f);
    }

#define LOAD_REGS()                                                                                \
    do {                                                                                           \
        co = f->code;                                                                              \
        code = co->code.data();                                                                    \
        locals = f->localsplus();                                                                  \
        consts = co->consts.data();                                                                \
        sp = f->sp;                                                                                \
        ip = f->ip;                                                                                \
        ts.frame = f;                                                                              \
    } while (0)
#define SAVE_REGS()                                                                                \
    do {                                                                                           \
        f->sp = sp;                                                                                \
        f->ip = ip;                                                                                \
    } while (0)
#define PUSH(v)                                                                                    \
    do {                                                                                           \
        Value pushed_ = (v);                                                                       \
        *sp++ = std::move(pushed_);                                                                \
    } while (0)
#define POP() std::move(*--sp)
#define TOP() sp[-1]
#define SECOND() sp[-2]
#define DROP(n)                                                                                    \
    do {                                                                                           \
        for (int _i = 0; _i < (n); ++_i) *--sp = Value();                                          \
    } while (0)
// Handlers end with NEXT(), a plain goto to the dispatch: leaving a handler's scope that way runs
// the destructors of its locals (a computed goto out of a scope would skip them and leak a
// reference for every Value the handler had not moved away).
#define NEXT() goto next_instr
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        w = code[ip];                                                                              \
        f->lasti = ip++;                                                                           \
        arg = instr_arg(w);                                                                        \
        if (hooks) {                                                                               \
            int line_ = co->positions[f->lasti].line;                                              \
            if (line_ != f->last_line && line_ > 0) {                                              \
                f->last_line = line_;                                                              \
                SAVE_REGS();                                                                       \
                hooks->on_line(*f, line_);                                                         \
            }                                                                                      \
        }                                                                                          \
        goto* dispatch_table[instr_op(w)];                                                         \
    } while (0)
#define RAISE_EXC(e)                                                                               \
    do {                                                                                           \
        exc = (e);                                                                                 \
        goto error;                                                                                \
    } while (0)

    LOAD_REGS();
    bool pending = !throw_exc.is_null();
    if (pending) exc = std::move(throw_exc);

    for (;;) {
        if (!pending) try {
            next_instr:
                DISPATCH();

            op_unknown:
                raise(SystemError_type, fmt("unknown opcode %u", instr_op(w)));

            op_NOP:
                NEXT();

            op_RESUME:
                if (++I.steps > I.step_limit) {
                    SAVE_REGS();
                    I.on_step_limit();
                }
                NEXT();

            op_POP_TOP:
                *--sp = Value();
                NEXT();

            op_PUSH_NULL:
                ++sp;
                NEXT();

            op_COPY:
                *sp = sp[-static_cast<int>(arg)];
                ++sp;
                NEXT();

            op_SWAP:
                std::swap(sp[-1], sp[-static_cast<int>(arg)]);
                NEXT();

            op_LOAD_CONST:
                PUSH(consts[arg]);
                NEXT();

            op_LOAD_FAST : {
                const Value& v = locals[arg];
                if (v.is_null()) unbound_local(co, arg);
                PUSH(v);
                NEXT();
            }

            op_STORE_FAST:
                locals[arg] = POP();
                NEXT();

            op_DELETE_FAST:
                if (locals[arg].is_null()) unbound_local(co, arg);
                locals[arg] = Value();
                NEXT();

            op_MAKE_CELL : {
                size_t ci = arg - co->varnames.size();
                Value init;
                if (ci < co->cell2arg.size() && co->cell2arg[ci] >= 0)
                    init = locals[co->cell2arg[ci]];
                if (locals[arg].is_null() || locals[arg].type() != cell_type)
                    locals[arg] = make<CellObject>(cell_type, std::move(init));
                NEXT();
            }

            op_LOAD_CLOSURE:
                PUSH(locals[arg]);
                NEXT();

            op_LOAD_DEREF : {
                CellObject* c = locals[arg].as<CellObject>();
                if (c->value.is_null()) unbound_local(co, arg);
                PUSH(c->value);
                NEXT();
            }

            op_LOAD_CLASSDEREF : {
                size_t fi = arg - co->varnames.size() - co->cellvars.size();
                StrObject* name = arg >= co->varnames.size() + co->cellvars.size()
                                      ? co->freevars[fi]
                                      : co->cellvars[arg - co->varnames.size()];
                if (!f->locals.is_null()) {
                    if (Value* v = as_dict(f->locals)->find_str(name)) {
                        PUSH(*v);
                        NEXT();
                    }
                }
                CellObject* c = locals[arg].as<CellObject>();
                if (c->value.is_null()) unbound_local(co, arg);
                PUSH(c->value);
                NEXT();
            }

            op_STORE_DEREF:
                locals[arg].as<CellObject>()->value = POP();
                NEXT();

            op_DELETE_DEREF : {
                CellObject* c = locals[arg].as<CellObject>();
                if (c->value.is_null()) unbound_local(co, arg);
                c->value = Value();
                NEXT();
            }

            op_COPY_FREE_VARS : {
                auto* fn = f->func.as<FunctionObject>();
                TupleObject* closure = as_tuple(fn->closure);
                size_t base = co->varnames.size() + co->cellvars.size();
                for (size_t i = 0; i < arg; ++i) locals[base + i] = (*closure)[i];
                NEXT();
            }

            op_LOAD_GLOBAL : {
                StrObject* name = co->names[arg];
                if (Value* v = as_dict(f->globals)->find_str(name)) {
                    PUSH(*v);
                    NEXT();
                }
                if (Value* v = as_dict(f->builtins)->find_str(name)) {
                    PUSH(*v);
                    NEXT();
                }
                name_error(name, f->globals);
            }

            op_STORE_GLOBAL:
                as_dict(f->globals)->set_str(co->names[arg], POP());
                NEXT();

            op_DELETE_GLOBAL:
                if (!as_dict(f->globals)->del(Value::borrow(co->names[arg])))
                    name_error(co->names[arg], f->globals);
                NEXT();

            op_LOAD_NAME : {
                StrObject* name = co->names[arg];
                if (!f->locals.is_null()) {
                    if (is_dict(f->locals)) {
                        if (Value* v = as_dict(f->locals)->find_str(name)) {
                            PUSH(*v);
                            NEXT();
                        }
                    } else {
                        Value v;
                        try {
                            v = getitem(f->locals, Value::borrow(name));
                        } catch (PyError& e) {
                            if (!exc_matches(e.exc, KeyError_type)) throw;
                        }
                        if (!v.is_null()) {
                            PUSH(v);
                            NEXT();
                        }
                    }
                }
                if (Value* v = as_dict(f->globals)->find_str(name)) {
                    PUSH(*v);
                    NEXT();
                }
                if (Value* v = as_dict(f->builtins)->find_str(name)) {
                    PUSH(*v);
                    NEXT();
                }
                name_error(name, f->globals);
            }

            op_STORE_NAME : {
                Value v = POP();
                if (is_dict(f->locals))
                    as_dict(f->locals)->set_str(co->names[arg], std::move(v));
                else
                    setitem(f->locals, Value::borrow(co->names[arg]), v);
                NEXT();
            }

            op_DELETE_NAME:
                if (!as_dict(f->locals)->del(Value::borrow(co->names[arg])))
                    name_error(co->names[arg], f->globals);
                NEXT();

            op_LOAD_ATTR : {
                Value r = getattr(TOP(), co->names[arg]);
                TOP() = std::move(r);
                NEXT();
            }

            op_STORE_ATTR : {
                Value owner = POP();
                Value v = POP();
                setattr(owner, co->names[arg], v);
                NEXT();
            }

            op_DELETE_ATTR : {
                Value owner = POP();
                delattr(owner, co->names[arg]);
                NEXT();
            }

            op_LOAD_METHOD : {
                StrObject* name = co->names[arg];
                Value& obj = TOP();
                Type* t = obj.type();
                if (t->getattr == generic_getattr || t->getattr == nullptr) {
                    const Value* descr = t->lookup(name);
                    if (descr && descr->is_obj() &&
                        (descr->type() == function_type ||
                         (descr->type() == native_function_type &&
                          descr->as<NativeFunctionObject>()->is_method))) {
                        Value* dp = instance_dict_slot(obj);
                        if (!dp || dp->is_null() || !as_dict(*dp)->find_str(name)) {
                            Value self = std::move(obj);
                            obj = *descr;
                            PUSH(std::move(self));
                            NEXT();
                        }
                    }
                }
                Value bound = getattr(obj, name);
                obj = Value();
                PUSH(std::move(bound));
                NEXT();
            }

            op_BINARY_OP : {
                Value& a = SECOND();
                const Value& b = TOP();
                bool inplace = arg >= 16;
                BinOp op = static_cast<BinOp>(arg & 15);
                if (a.is_small() && b.is_small()) {
                    int64_t x = a.small(), y = b.small(), r;
                    switch (op) {
                    case BinOp::Add:
                        r = x + y;
                        if (Value::fits_small(r)) {
                            a = Value::small_int(r);
                            *--sp = Value();
                            NEXT();
                        }
                        break;
                    case BinOp::Sub:
                        r = x - y;
                        if (Value::fits_small(r)) {
                            a = Value::small_int(r);
                            *--sp = Value();
                            NEXT();
                        }
                        break;
                    case BinOp::Mul:
                        if (!__builtin_mul_overflow(x, y, &r) && Value::fits_small(r)) {
                            a = Value::small_int(r);
                            *--sp = Value();
                            NEXT();
                        }
                        break;
                    case BinOp::FloorDiv:
                        if (y != 0) {
                            r = x / y;
                            if ((x % y != 0) && ((x < 0) != (y < 0))) --r;
                            a = Value::small_int(r);
                            *--sp = Value();
                            NEXT();
                        }
                        break;
                    case BinOp::Mod:
                        if (y != 0) {
                            r = x % y;
                            if (r != 0 && ((r < 0) != (y < 0))) r += y;
                            a = Value::small_int(r);
                            *--sp = Value();
                            NEXT();
                        }
                        break;
                    case BinOp::And:
                        a = Value::small_int(x & y);
                        *--sp = Value();
                        NEXT();
                    case BinOp::Or:
                        a = Value::small_int(x | y);
                        *--sp = Value();
                        NEXT();
                    case BinOp::Xor:
                        a = Value::small_int(x ^ y);
                        *--sp = Value();
                        NEXT();
                    default: break;
                    }
                } else if (is_float(a) && is_float(b) && op <= BinOp::TrueDiv &&
                           op != BinOp::MatMul) {
                    double x = float_value(a), y = float_value(b), r = 0;
                    bool ok = true;
                    switch (op) {
                    case BinOp::Add: r = x + y; break;
                    case BinOp::Sub: r = x - y; break;
                    case BinOp::Mul: r = x * y; break;
                    case BinOp::TrueDiv:
                        if (y == 0.0)
                            ok = false;
                        else
                            r = x / y;
                        break;
                    default: ok = false;
                    }
                    if (ok) {
                        a = new_float(r);
                        *--sp = Value();
                        NEXT();
                    }
                }
                Value r = inplace ? inplace_op(a, b, op) : binary_op(a, b, op);
                *--sp = Value();
                TOP() = std::move(r);
                NEXT();
            }

            op_UNARY_NEGATIVE : {
                Value& v = TOP();
                if (v.is_small() && v.small() != kSmallIntMin) {
                    v = Value::small_int(-v.small());
                    NEXT();
                }
                v = unary_op(v, UnOp::Neg);
                NEXT();
            }
            op_UNARY_POSITIVE:
                TOP() = unary_op(TOP(), UnOp::Pos);
                NEXT();
            op_UNARY_INVERT:
                TOP() = unary_op(TOP(), UnOp::Invert);
                NEXT();
            op_UNARY_NOT:
                TOP() = py_bool(!truthy(TOP()));
                NEXT();

            op_COMPARE_OP : {
                CmpOp op = static_cast<CmpOp>(arg);
                Value& a = SECOND();
                const Value& b = TOP();
                if (a.is_small() && b.is_small()) {
                    int64_t x = a.small(), y = b.small();
                    bool r = false;
                    switch (op) {
                    case CmpOp::Lt: r = x < y; break;
                    case CmpOp::Le: r = x <= y; break;
                    case CmpOp::Eq: r = x == y; break;
                    case CmpOp::Ne: r = x != y; break;
                    case CmpOp::Gt: r = x > y; break;
                    case CmpOp::Ge: r = x >= y; break;
                    }
                    a = py_bool(r);
                    *--sp = Value();
                    NEXT();
                }
                Value r = richcompare(a, b, op);
                *--sp = Value();
                TOP() = std::move(r);
                NEXT();
            }

            op_IS_OP : {
                bool r = SECOND().is(TOP());
                *--sp = Value();
                TOP() = py_bool(arg ? !r : r);
                NEXT();
            }

            op_CONTAINS_OP : {
                bool r = contains(TOP(), SECOND());
                *--sp = Value();
                TOP() = py_bool(arg ? !r : r);
                NEXT();
            }

            op_BINARY_SUBSCR : {
                Value& c = SECOND();
                const Value& k = TOP();
                if (k.is_small() && is_list(c)) {
                    auto& items = as_list(c)->items;
                    int64_t i = k.small();
                    if (i < 0) i += static_cast<int64_t>(items.size());
                    if (i >= 0 && i < static_cast<int64_t>(items.size())) {
                        Value r = items[static_cast<size_t>(i)];
                        *--sp = Value();
                        TOP() = std::move(r);
                        NEXT();
                    }
                } else if (k.is_small() && is_tuple(c)) {
                    TupleObject* t = as_tuple(c);
                    int64_t i = k.small();
                    if (i < 0) i += static_cast<int64_t>(t->n);
                    if (i >= 0 && i < static_cast<int64_t>(t->n)) {
                        Value r = (*t)[static_cast<size_t>(i)];
                        *--sp = Value();
                        TOP() = std::move(r);
                        NEXT();
                    }
                }
                Value r = getitem(c, k);
                *--sp = Value();
                TOP() = std::move(r);
                NEXT();
            }

            op_STORE_SUBSCR : {
                Value k = POP();
                Value c = POP();
                Value v = POP();
                if (k.is_small() && is_list(c)) {
                    auto& items = as_list(c)->items;
                    int64_t i = k.small();
                    if (i < 0) i += static_cast<int64_t>(items.size());
                    if (i >= 0 && i < static_cast<int64_t>(items.size())) {
                        items[static_cast<size_t>(i)] = std::move(v);
                        NEXT();
                    }
                }
                setitem(c, k, v);
                NEXT();
            }

            op_DELETE_SUBSCR : {
                Value k = POP();
                Value c = POP();
                delitem(c, k);
                NEXT();
            }

            op_BUILD_SLICE : {
                Value step = arg == 3 ? POP() : none();
                Value stop = POP();
                Value start = POP();
                PUSH(new_slice(std::move(start), std::move(stop), std::move(step)));
                NEXT();
            }

            op_BUILD_TUPLE : {
                Value t = new_tuple(arg);
                TupleObject* tp = as_tuple(t);
                for (uint32_t i = arg; i-- > 0;) (*tp)[i] = POP();
                PUSH(std::move(t));
                NEXT();
            }

            op_BUILD_LIST : {
                std::vector<Value> items(arg);
                for (uint32_t i = arg; i-- > 0;) items[i] = POP();
                PUSH(new_list(std::move(items)));
                NEXT();
            }

            op_BUILD_SET : {
                Value s = new_set();
                Value* base = sp - arg;
                for (uint32_t i = 0; i < arg; ++i) set_add(s, base[i]);
                DROP(static_cast<int>(arg));
                PUSH(std::move(s));
                NEXT();
            }

            op_BUILD_MAP : {
                Value d = new_dict();
                Value* base = sp - 2 * arg;
                for (uint32_t i = 0; i < arg; ++i) as_dict(d)->set(base[2 * i], base[2 * i + 1]);
                DROP(static_cast<int>(2 * arg));
                PUSH(std::move(d));
                NEXT();
            }

            op_BUILD_STRING : {
                std::string s;
                Value* base = sp - arg;
                for (uint32_t i = 0; i < arg; ++i) s += as_str(base[i])->s;
                DROP(static_cast<int>(arg));
                PUSH(new_str(std::move(s)));
                NEXT();
            }

            op_LIST_APPEND : {
                Value v = POP();
                as_list(sp[-static_cast<int>(arg)])->items.push_back(std::move(v));
                NEXT();
            }

            op_SET_ADD : {
                Value v = POP();
                set_add(sp[-static_cast<int>(arg)], v);
                NEXT();
            }

            op_MAP_ADD : {
                Value v = POP();
                Value k = POP();
                as_dict(sp[-static_cast<int>(arg)])->set(k, std::move(v));
                NEXT();
            }

            op_LIST_EXTEND : {
                Value it = POP();
                Value& l = sp[-static_cast<int>(arg)];
                if (!it.type()->iter && !it.type()->getitem)
                    raise_type_error(
                        fmt("Value after * must be an iterable, not %s", type_name(it).c_str()));
                for (Value& x : to_vector(it)) as_list(l)->items.push_back(std::move(x));
                NEXT();
            }

            op_SET_UPDATE : {
                Value it = POP();
                set_update(sp[-static_cast<int>(arg)], it);
                NEXT();
            }

            op_DICT_UPDATE : {
                Value m = POP();
                dict_update_from(sp[-static_cast<int>(arg)], m, false, Value());
                NEXT();
            }

            op_DICT_MERGE : {
                Value m = POP();
                // The callable sits below the dict being built: [NULL, callable, args, dict].
                Value callable = sp[-static_cast<int>(arg) - 2];
                dict_update_from(sp[-static_cast<int>(arg)], m, true, callable);
                NEXT();
            }

            op_LIST_TO_TUPLE : {
                Value l = POP();
                PUSH(new_tuple(std::move(as_list(l)->items)));
                NEXT();
            }

            op_UNPACK_SEQUENCE : {
                Value seq = POP();
                unpack_sequence(seq, arg, sp);
                sp += arg;
                NEXT();
            }

            op_UNPACK_EX : {
                Value seq = POP();
                uint32_t before = arg & 0xFF, after = arg >> 8;
                unpack_ex(seq, before, after, sp);
                sp += before + after + 1;
                NEXT();
            }

            op_FORMAT_VALUE : {
                Value spec;
                if (arg & 4) spec = POP();
                Value v = POP();
                switch (arg & 3) {
                case 1: v = str(v); break;
                case 2: v = repr(v); break;
                case 3: v = ascii_of(v); break;
                default: break;
                }
                if (spec.is_null() && is_str(v)) {
                    PUSH(std::move(v));
                    NEXT();
                }
                PUSH(format_value(v, spec.is_null() ? empty_str() : spec));
                NEXT();
            }

            op_JUMP:
                ip = arg;
                NEXT();

            op_JUMP_BACKWARD:
                ip = arg;
                if (++I.steps > I.step_limit) {
                    SAVE_REGS();
                    I.on_step_limit();
                }
                if (I.eval_breaker) {
                    SAVE_REGS();
                    I.on_eval_breaker();
                }
                NEXT();

            op_POP_JUMP_IF_FALSE : {
                Value v = POP();
                if (v.is(False) || (!v.is(True) && !truthy(v))) ip = arg;
                NEXT();
            }
            op_POP_JUMP_IF_TRUE : {
                Value v = POP();
                if (v.is(True) || (!v.is(False) && truthy(v))) ip = arg;
                NEXT();
            }
            op_POP_JUMP_IF_NONE : {
                Value v = POP();
                if (is_none(v)) ip = arg;
                NEXT();
            }
            op_POP_JUMP_IF_NOT_NONE : {
                Value v = POP();
                if (!is_none(v)) ip = arg;
                NEXT();
            }
            op_JUMP_IF_FALSE_OR_POP:
                if (!truthy(TOP()))
                    ip = arg;
                else
                    *--sp = Value();
                NEXT();
            op_JUMP_IF_TRUE_OR_POP:
                if (truthy(TOP()))
                    ip = arg;
                else
                    *--sp = Value();
                NEXT();

            op_GET_ITER:
                TOP() = get_iter(TOP());
                NEXT();

            op_FOR_ITER : {
                Value& it = TOP();
                Value v;
                if (it.type() == list_iter_type) {
                    v = list_iter_next_fast(it);
                } else if (it.type() == range_iter_type) {
                    v = range_iter_next_fast(it);
                } else {
                    Type* t = it.type();
                    if (t == generator_type) {
                        // A generator in a for loop: run it inline like yield from.
                        auto* g = it.as<GeneratorObject>();
                        if (!g->running && g->frame && g->kind == GenKind::Generator) {
                            ip = f->lasti; // FOR_ITER runs again when the generator yields or
                                           // returns
                            SAVE_REGS();
                            start_inline_gen(g, f, none(), false);
                            f = g->frame;
                            LOAD_REGS();
                            NEXT();
                        }
                    }
                    v = iter_next(it);
                }
                if (v.is_null()) {
                    *--sp = Value();
                    ip = arg;
                    NEXT();
                }
                PUSH(std::move(v));
                NEXT();
            }

            op_GET_AITER:
                TOP() = get_aiter(TOP());
                NEXT();

            op_GET_ANEXT : {
                Value a = get_anext_awaitable(TOP());
                PUSH(std::move(a));
                NEXT();
            }

            op_END_ASYNC_FOR : {
                Value e = POP();
                if (exc_matches(e, StopAsyncIteration_type)) {
                    *--sp = Value(); // the async iterator
                    ts.exc_info->exc = Value();
                    NEXT();
                }
                reraise = true;
                RAISE_EXC(e);
            }

            op_GET_AWAITABLE:
                TOP() = get_awaitable(TOP(), static_cast<int>(arg));
                NEXT();

            op_GET_YIELD_FROM_ITER : {
                Value& v = TOP();
                if (v.type() == coroutine_type) {
                    if (!(co->flags & (kCoCoroutine | kCoIterableCoroutine)))
                        raise_type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator");
                } else if (v.type() != generator_type) {
                    v = get_iter(v);
                }
                NEXT();
            }

            op_SEND : {
                Value& receiver = SECOND();
                Type* rt = receiver.type();
                if (rt == generator_type || rt == coroutine_type) {
                    auto* g = receiver.as<GeneratorObject>();
                    if (!g->running && g->frame) {
                        Value v = POP();
                        ip = f->lasti; // SEND runs again when the inner frame yields or returns
                        SAVE_REGS();
                        start_inline_gen(g, f, v, true);
                        f = g->frame;
                        LOAD_REGS();
                        NEXT();
                    }
                }
                Value v = POP();
                GenResult r = iter_send(receiver, v);
                if (r.status == GenStatus::Yielded) {
                    PUSH(std::move(r.value));
                    NEXT();
                }
                TOP() = std::move(r.value);
                ip = arg;
                NEXT();
            }

            op_YIELD_VALUE : {
                Value v = POP();
                GeneratorObject* g = f->gen;
                SAVE_REGS();
                g->running = false;
                // The generator's exception state leaves with it.
                ts.exc_info = g->exc_state.previous;
                g->exc_state.previous = nullptr;
                --ts.depth;
                if (hooks) hooks->on_suspend(*f, v);
                if (f->is_entry) {
                    f->is_entry = false;
                    f->back = nullptr;
                    return Exit{GenStatus::Yielded, std::move(v)};
                }
                // Back to the frame that resumed it inline (SEND or FOR_ITER).
                Frame* caller = f->back;
                f->back = nullptr;
                f = caller;
                LOAD_REGS();
                if (instr_op(code[ip]) == OP_SEND) {
                    // [receiver] -> [receiver, yielded]; continue after SEND.
                    PUSH(std::move(v));
                    ++ip;
                } else {
                    // FOR_ITER: the value is the next item.
                    PUSH(std::move(v));
                    ++ip;
                }
                NEXT();
            }

            op_ASYNC_GEN_WRAP:
                TOP() = async_gen_wrap(TOP());
                NEXT();

            op_RETURN_VALUE : {
                Value v = POP();
                SAVE_REGS();
                if (hooks) hooks->on_frame_pop(*f);
                --ts.depth;
                GeneratorObject* g = f->gen;
                if (g) {
                    g->running = false;
                    ts.exc_info = g->exc_state.previous;
                    g->exc_state.previous = nullptr;
                    g->closed = true;
                }
                if (f->is_entry) {
                    if (g) {
                        gen_release_frame(g);
                    } else {
                        f->is_entry = false;
                    }
                    return Exit{GenStatus::Returned, std::move(v)};
                }
                Frame* caller = f->back;
                // The caller is current again before the callee's locals are released, so that
                // finalisers they trigger (a dropped coroutine's warning) see the caller's line.
                ts.frame = caller;
                if (g)
                    gen_release_frame(g);
                else
                    frame_free(f);
                f = caller;
                LOAD_REGS();
                if (g) {
                    uint8_t cop = instr_op(code[ip]);
                    if (cop == OP_SEND) {
                        // yield from / await finished: [receiver] -> [result], jump past the loop.
                        TOP() = std::move(v);
                        ip = instr_arg(code[ip]);
                        NEXT();
                    }
                    // FOR_ITER over an exhausted generator: pop it and leave the loop.
                    *--sp = Value();
                    ip = instr_arg(code[ip]);
                    NEXT();
                }
                PUSH(std::move(v));
                NEXT();
            }

            op_RAISE_VARARGS : {
                Value cause, e;
                if (arg == 2) cause = POP();
                if (arg >= 1) e = POP();
                if (arg == 0) {
                    Value cur = I.current_handled_exception();
                    if (cur.is_null()) raise_runtime_error("No active exception to reraise");
                    reraise = true;
                    RAISE_EXC(cur);
                }
                Value inst = make_raisable(e);
                if (arg == 2) {
                    Value c = is_none(cause) ? Value() : make_raisable(cause, true);
                    as_exc(inst)->cause = c;
                    as_exc(inst)->suppress_context = true;
                }
                chain_context(inst);
                RAISE_EXC(inst);
            }

            op_RERAISE : {
                Value e = POP();
                raise_at = f->lasti;
                if (arg) {
                    const Value& lasti = sp[-static_cast<int>(arg)];
                    if (lasti.is_small()) f->lasti = static_cast<uint32_t>(lasti.small());
                }
                reraise = true;
                RAISE_EXC(e);
            }

            op_PUSH_EXC_INFO : {
                Value e = POP();
                Value prev = ts.exc_info->exc;
                PUSH(prev.is_null() ? none() : prev);
                ts.exc_info->exc = e;
                PUSH(std::move(e));
                NEXT();
            }

            op_POP_EXCEPT : {
                Value v = POP();
                ts.exc_info->exc = is_none(v) ? Value() : std::move(v);
                NEXT();
            }

            op_CHECK_EXC_MATCH : {
                Value t = POP();
                check_except_type(t, false);
                PUSH(py_bool(exc_matches_spec(TOP(), t)));
                NEXT();
            }

            op_CHECK_EG_MATCH : {
                Value t = POP();
                Value e = POP();
                check_except_type(t, true);
                auto [match, rest] = exception_group_split(e, t);
                PUSH(rest.is_null() ? none() : rest);
                PUSH(match.is_null() ? none() : match);
                if (!match.is_null() && !is_none(match)) ts.exc_info->exc = match;
                NEXT();
            }

            op_PREP_RERAISE_STAR : {
                Value excs = POP();
                Value orig = POP();
                PUSH(prep_reraise_star(orig, excs));
                NEXT();
            }

            op_LOAD_ASSERTION_ERROR:
                PUSH(Value::borrow(AssertionError_type));
                NEXT();

            op_BEFORE_WITH : {
                Value mgr = POP();
                Type* t = mgr.type();
                Value enter = t->lookup_value(intern("__enter__"));
                if (enter.is_null())
                    raise_type_error(
                        fmt("'%s' object does not support the context manager protocol",
                            t->name.c_str()));
                Value exit = t->lookup_value(intern("__exit__"));
                if (exit.is_null())
                    raise_type_error(
                        fmt("'%s' object does not support the context manager protocol "
                            "(missed __exit__ method)",
                            t->name.c_str()));
                Value bound_exit = bind_special(exit, mgr);
                PUSH(std::move(bound_exit));
                Value r = call(bind_special(enter, mgr), {});
                PUSH(std::move(r));
                NEXT();
            }

            op_BEFORE_ASYNC_WITH : {
                Value mgr = POP();
                Type* t = mgr.type();
                Value enter = t->lookup_value(intern("__aenter__"));
                if (enter.is_null())
                    raise_type_error(fmt("'%s' object does not support the asynchronous context "
                                         "manager protocol",
                                         t->name.c_str()));
                Value exit = t->lookup_value(intern("__aexit__"));
                if (exit.is_null())
                    raise_type_error(fmt("'%s' object does not support the asynchronous context "
                                         "manager protocol (missed __aexit__ method)",
                                         t->name.c_str()));
                PUSH(bind_special(exit, mgr));
                Value r = call(bind_special(enter, mgr), {});
                PUSH(std::move(r));
                NEXT();
            }

            op_WITH_EXCEPT_START : {
                Value exit = sp[-4];
                Value e = TOP();
                Value tb = as_exc(e)->traceback;
                Value r = call(exit, {Value::borrow(e.type()), e, tb.is_null() ? none() : tb});
                PUSH(std::move(r));
                NEXT();
            }

            op_MAKE_FUNCTION : {
                Value code_v = POP();
                Value fv = make<FunctionObject>(function_type);
                auto* fn = fv.as<FunctionObject>();
                auto* fco = code_v.as<CodeObject>();
                if (arg & 8) fn->closure = POP();
                if (arg & 4) {
                    Value ann = POP();
                    Value d = new_dict();
                    TupleObject* t = as_tuple(ann);
                    for (size_t i = 0; i + 1 < t->n; i += 2) as_dict(d)->set((*t)[i], (*t)[i + 1]);
                    fn->annotations = d;
                }
                if (arg & 2) fn->kwdefaults = POP();
                if (arg & 1) fn->defaults = POP();
                fn->code = code_v;
                fn->globals = f->globals;
                fn->builtins = f->builtins;
                fn->name = new_str(fco->name);
                fn->qualname = new_str(fco->qualname);
                Value* modname = as_dict(f->globals)->find_str(intern("__name__"));
                fn->module = modname ? *modname : none();
                fn->doc = fco->docstring.is_null() ? none() : fco->docstring;
                PUSH(std::move(fv));
                NEXT();
            }

            op_CALL:
            op_CALL_KW : {
                TupleObject* kwnames = nullptr;
                Value kwv;
                if (instr_op(w) == OP_CALL_KW) {
                    kwv = POP();
                    kwnames = as_tuple(kwv);
                }
                size_t nkw = kwnames ? kwnames->n : 0;
                size_t total = arg;
                Value* callable_slot = sp - total - 1;
                Value* null_slot = callable_slot - 1;
                // A bound method called as f(...): unpack it into the method-call layout.
                if (null_slot->is_null() && callable_slot->type() == method_type) {
                    auto* bm = callable_slot->as<BoundMethodObject>();
                    Value func = bm->func;
                    Value self = bm->self;
                    *null_slot = std::move(func);
                    *callable_slot = std::move(self);
                }
                Value* args;
                size_t nargs;
                Value callable;
                if (!null_slot->is_null()) {
                    callable = *null_slot;
                    args = callable_slot;
                    nargs = total + 1 - nkw;
                } else {
                    callable = *callable_slot;
                    args = callable_slot + 1;
                    nargs = total - nkw;
                }
                if (callable.type() == function_type) {
                    auto* fn = callable.as<FunctionObject>();
                    CodeObject* fco = fn->co();
                    if (!(fco->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
                        if (ts.depth + 1 > I.limits.recursion_limit)
                            raise(RecursionError_type, "maximum recursion depth exceeded");
                        Frame* nf = frame_for_call(fn, args, nargs, kwnames);
                        // Pop the call from the caller's stack before switching.
                        Value* base = null_slot;
                        while (sp > base) *--sp = Value();
                        SAVE_REGS();
                        nf->back = f;
                        nf->serial = I.next_frame_serial++;
                        f = nf;
                        ++ts.depth;
                        LOAD_REGS();
                        if (hooks) hooks->on_frame_push(*f);
                        NEXT();
                    }
                }
                SAVE_REGS();
                CallArgs ca;
                ca.args = args;
                ca.nargs = nargs;
                ca.kwnames = kwnames;
                Value r = I.call(callable, ca);
                Value* base = null_slot;
                while (sp > base) *--sp = Value();
                PUSH(std::move(r));
                NEXT();
            }

            op_CALL_FUNCTION_EX : {
                Value kwargs;
                if (arg & 1) kwargs = POP();
                Value posargs = POP();
                Value callable = POP();
                *--sp = Value(); // NULL
                if (!is_tuple(posargs)) {
                    if (!posargs.type()->iter && !posargs.type()->getitem)
                        raise_type_error(fmt("%s argument after * must be an iterable, not %s",
                                             callable_desc(callable).c_str(),
                                             type_name(posargs).c_str()));
                    posargs = new_tuple(to_vector(posargs));
                }
                TupleObject* pt = as_tuple(posargs);
                std::vector<Value> all(pt->items(), pt->items() + pt->n);
                Value kwnames;
                if (!kwargs.is_null()) {
                    if (!is_dict(kwargs)) kwargs = dict_from_mapping(kwargs, callable);
                    std::vector<Value> names;
                    dict_for_each(as_dict(kwargs), [&](const Value& k, const Value& v) {
                        if (!is_str_like(k)) raise_type_error("keywords must be strings");
                        names.push_back(k);
                        all.push_back(v);
                    });
                    if (!names.empty()) kwnames = new_tuple(std::move(names));
                }
                SAVE_REGS();
                CallArgs ca;
                ca.args = all.data();
                ca.nargs = pt->n;
                ca.kwnames = kwnames.is_null() ? nullptr : as_tuple(kwnames);
                Value r = I.call(callable, ca);
                PUSH(std::move(r));
                NEXT();
            }

            op_LOAD_BUILD_CLASS : {
                Value* bc = as_dict(f->builtins)->find_str(intern("__build_class__"));
                if (!bc) raise(NameError_type, "__build_class__ not found");
                PUSH(*bc);
                NEXT();
            }

            op_SETUP_ANNOTATIONS:
                if (!as_dict(f->locals)->find_str(intern("__annotations__")))
                    as_dict(f->locals)->set_str(intern("__annotations__"), new_dict());
                NEXT();

            op_IMPORT_NAME : {
                Value fromlist = POP();
                Value level = POP();
                SAVE_REGS();
                PUSH(import_name(co->names[arg]->s, fromlist));
                NEXT();
            }

            op_IMPORT_FROM : {
                SAVE_REGS();
                PUSH(import_from(TOP(), co->names[arg]));
                NEXT();
            }

            op_IMPORT_STAR : {
                Value m = POP();
                import_star(m, f->locals);
                NEXT();
            }

            error:
                // A Python-level raise: unwinding happens below, outside the try.
                throw PyError(std::move(exc));
            } catch (PyError& e) {
                exc = std::move(e.exc);
            }
        pending = false;

        // ---- exception unwinding ----------------------------------------------------------
        for (;;) {
            SAVE_REGS();
            if (!reraise) {
                if (!co->source || !co->source->hide_frames)
                    traceback_add(exc, f->code_ref, f->lasti,
                                  f->shown_line ? f->shown_line : co->line_at(f->lasti));
                if (hooks) hooks->on_exception(*f, exc);
            }
            reraise = false;
            uint32_t at = raise_at >= 0 ? static_cast<uint32_t>(raise_at) : f->lasti;
            raise_at = -1;
            const HandlerEntry* h = find_handler(co, at);
            if (h) {
                Value* target = f->stack_base() + h->depth;
                while (sp > target) *--sp = Value();
                if (h->push_lasti) PUSH(Value::small_int(f->lasti));
                PUSH(std::move(exc));
                ip = h->handler;
                SAVE_REGS();
                break;
            }
            // No handler here: the frame is done.
            if (hooks) hooks->on_frame_pop(*f);
            --ts.depth;
            while (sp > f->stack_base()) *--sp = Value();
            f->sp = sp;
            GeneratorObject* g = f->gen;
            if (g) {
                g->running = false;
                ts.exc_info = g->exc_state.previous;
                g->exc_state.previous = nullptr;
                g->closed = true;
                exc = generator_exit_exception(g, std::move(exc));
            }
            if (f->is_entry) {
                if (g)
                    gen_release_frame(g);
                else
                    f->is_entry = false;
                throw PyError(std::move(exc));
            }
            Frame* caller = f->back;
            ts.frame = caller;
            if (g)
                gen_release_frame(g);
            else
                frame_free(f);
            f = caller;
            LOAD_REGS();
            // The exception surfaces at the caller's CALL / SEND / FOR_ITER instruction.
        }
        LOAD_REGS();
    }
}

// Starts or resumes generator `g` inline from frame `caller` (SEND or FOR_ITER); the caller has
// checked that it is neither running nor finished.
void start_inline_gen(GeneratorObject* g, Frame* caller, const Value& v, bool is_send) {
    Interp& I = interp();
    ThreadState& ts = I.thread();
    if (!g->started) {
        if (is_send && !is_none(v))
            raise_type_error("can't send non-None value to a just-started generator");
        g->started = true;
    } else {
        *g->frame->sp++ = v;
    }
    g->awaited = true;
    g->running = true;
    g->frame->back = caller;
    g->exc_state.previous = ts.exc_info;
    ts.exc_info = &g->exc_state;
    if (ts.depth + 1 > I.limits.recursion_limit) {
        g->running = false;
        ts.exc_info = g->exc_state.previous;
        raise(RecursionError_type, "maximum recursion depth exceeded");
    }
    ++ts.depth;
    if (I.hooks()) I.hooks()->on_resume(*g->frame);
}

} // namespace loopstep::py
