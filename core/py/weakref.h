// Weak references: weakref.ref and what the library builds on it (the loop's set of live async
// generators). A reference does not keep its target alive; when the target is destroyed, every
// reference to it goes dead (and calls its callback).
#pragma once

#include "core/py/object.h"

namespace loopstep::py {

extern Type* weakref_type;

Value new_weakref(const Value& target, const Value& callback = Value());
// Called by dealloc() for objects that have weak references.
void clear_weakrefs(Object* target);
void init_weakref_type();

} // namespace loopstep::py
