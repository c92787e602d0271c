// Module objects: a namespace dict with a name. Built-in modules are created by native init
// functions; loopstep's Python-written library modules and __main__ run code into them.
#pragma once

#include "core/py/frame.h"
#include "core/py/object.h"

#include <string>

namespace loopstep::py {

struct ModuleObject : Object {
    explicit ModuleObject(Type* t) : Object(t) {}
    Value dict;
    std::string origin; // "(built-in)" or the file it claims to come from, for repr
};

extern Type* module_type;

Value new_module(const std::string& name, Value dict = Value());
// Adds a name to a module's namespace.
void module_add(const Value& module, const char* name, Value v);
void module_add_function(const Value& module, const char* name, NativeFn fn);
std::string module_attribute_error_message(const Value& module, StrObject* name);

// Read-only frame objects for tracebacks and generators (f_code, f_lineno, f_locals, f_globals).
// The line number tracebacks show for `line` of code `co` (CPython's, for library modules).
int reported_line(const CodeObject* co, int line);
Value new_frame_view(Frame* f);
Value new_code_frame_view(const Value& code, int lineno);
// A generator that has not started reports its code's first line (the first decorator's).
Value new_unstarted_frame_view(Frame* f);

void init_module_type();
void init_misc_types(); // None, NotImplemented, Ellipsis

} // namespace loopstep::py
