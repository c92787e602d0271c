// Entry points of the eval loop and the helpers its instructions share with other code.
#pragma once

#include "core/py/frame.h"
#include "core/py/generator.h"
#include "core/py/object.h"

#include <string>

namespace loopstep::py {

struct FunctionObject;

// Runs a fresh frame until it returns; the caller still owns (and frees) the frame.
Value eval_frame(Frame* f);
// Resumes a suspended generator frame until it yields or returns; a non-null `throw_exc` is
// raised at the point where the frame is suspended.
GenResult eval_resume(Frame* f, const Value& throw_exc);

void bind_args(FunctionObject* fn, Frame* fr, const Value* args, size_t nargs,
               TupleObject* kwnames);
Frame* frame_for_call(FunctionObject* fn, const Value* args, size_t nargs, TupleObject* kwnames);
void start_inline_gen(GeneratorObject* g, Frame* caller, const Value& v, bool is_send);

// Instruction helpers (ops.cpp).
void unpack_sequence(const Value& seq, uint32_t n, Value* out); // out[0] is the last item
void unpack_ex(const Value& seq, uint32_t before, uint32_t after, Value* out);
Value get_awaitable(const Value& v, int where);
Value get_aiter(const Value& v);
Value get_anext_awaitable(const Value& aiter);
void check_except_type(const Value& t, bool star);
bool exc_matches_spec(const Value& exc, const Value& spec);
Value bind_special(const Value& method, const Value& self);
// "__main__.f()" (the module left out for builtins) for CPython's messages about * and **
std::string callable_desc(const Value& callable);
Value dict_from_mapping(const Value& m, const Value& callable);
void dict_update_from(const Value& dict, const Value& other, bool merge, const Value& callable);
Value import_name(const std::string& name, const Value& fromlist);
Value import_from(const Value& module, StrObject* name);
void import_star(const Value& module, const Value& locals);
Value ascii_of(const Value& v);
Value stop_iteration_value(const Value& exc); // StopIteration.value
Value new_frame_view(Frame* f);               // a read-only frame object (gi_frame, tb_frame)
// What leaves a generator frame when an exception escapes it (PEP 479 turns StopIteration into
// RuntimeError).
Value generator_exit_exception(GeneratorObject* g, Value exc);
void gen_release_frame(GeneratorObject* g);

} // namespace loopstep::py
