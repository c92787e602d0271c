// Exception instances and tracebacks. An exception carries its args, traceback, cause, context
// and notes as in CPython; traceback entries record the code object and instruction, from which
// the line and the caret range are found when the traceback is printed.
#pragma once

#include "core/py/code.h"
#include "core/py/object.h"

namespace loopstep::py {

struct ExceptionObject : Object {
    explicit ExceptionObject(Type* t) : Object(t) {}
    Value args;      // tuple
    Value traceback; // TracebackObject or null
    Value cause;     // explicit (raise ... from)
    Value context;   // implicit (raised while handling another)
    bool suppress_context = false;
    Value notes; // list of str (__notes__), or null
    Value dict;  // attributes of user-defined subclasses
    // Subclass payloads: StopIteration.value, SystemExit.code, KeyError's key, ImportError.name,
    // AttributeError.name/obj, NameError.name, OSError.errno,
    // BaseExceptionGroup.message/exceptions.
    Value value;
    Value extra;
};

struct TracebackObject : Object {
    explicit TracebackObject(Type* t) : Object(t) {}
    Value next; // deeper frame's entry, or null
    Value code; // CodeObject
    uint32_t lasti = 0;
    int lineno = -1;
};

inline ExceptionObject* as_exc(const Value& v) {
    return v.as<ExceptionObject>();
}
bool is_exception_instance(const Value& v);
bool is_exception_class(const Value& v);

// Adds the entry for a frame the exception is passing through (the head of the chain).
void traceback_add(const Value& exc, const Value& code, uint32_t lasti, int lineno);

// Instantiates `type_or_instance` for a raise statement (a class is called with no arguments).
Value make_raisable(const Value& type_or_instance, bool is_cause = false);
// Implicit chaining: sets `exc.__context__` to the exception being handled, if any.
void chain_context(const Value& exc);

// BaseExceptionGroup.split(type) for except*: (match, rest), either may be None.
std::pair<Value, Value> exception_group_split(const Value& eg, const Value& match_type);
// Wraps a bare exception for except* ("naked" exceptions).
Value exception_group_wrap(const Value& exc);
Value prep_reraise_star(const Value& orig, const Value& excs);

void init_exception_types();

} // namespace loopstep::py
