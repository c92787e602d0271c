// Frames: one per running or suspended Python function, module or class body, always on the
// heap with its own value stack and instruction pointer. The VM runs a chain of frames linked
// through `back` without recursing in C++, and a generator or coroutine simply keeps its frame
// while suspended, so suspending at `await` is leaving the eval loop with the frame intact.
#pragma once

#include "core/py/code.h"
#include "core/py/object.h"

namespace loopstep::py {

struct GeneratorObject;
struct ThreadState;

struct Frame {
    CodeObject* code; // kept alive by code_ref
    Value code_ref;
    Value func;                     // the FunctionObject, or null for module and class bodies
    Value globals;                  // DictObject
    Value builtins;                 // DictObject
    Value locals;                   // DictObject for module and class scopes, null for functions
    Frame* back = nullptr;          // who called or resumed it; null while suspended
    GeneratorObject* gen = nullptr; // the generator or coroutine owning it (borrowed)
    uint32_t ip = 0;                // next instruction
    uint32_t lasti = 0;             // the instruction executing (or that suspended / raised)
    int32_t last_line = -1;
    // When not 0, the line tracebacks report for this frame (_loopstep.set_line): code that
    // CPython generates with exec() (a dataclass __init__) has line numbers of its own.
    int32_t shown_line = 0;
    uint32_t nlocals = 0; // code->nlocalsplus()
    uint32_t capacity = 0;
    Value* sp = nullptr;   // value stack top (one past the last item)
    bool is_entry = false; // the bottom frame of one eval() activation
    uint64_t serial = 0;   // unique per frame, for the recorder's frame push / pop events
    uint32_t alloc_size_ = 0;

    Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
    Value* stack_base() { return localsplus() + nlocals; }
    int line() const { return code->line_at(lasti); }
};
static_assert(sizeof(Frame) % alignof(Value) == 0);

Frame* frame_new(CodeObject* code, Value code_ref, Value func, Value globals, Value builtins,
                 Value locals);
void frame_free(Frame* f);
// Current locals as a dict (for locals() and the app's variable view).
Value frame_locals_dict(Frame* f);

} // namespace loopstep::py
