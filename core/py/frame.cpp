// Frame allocation: one block holding the frame header, the fast locals (with cells and free
// variables) and the value stack. Blocks come from the object allocator's free lists, so the
// frames of hot recursive calls are recycled without going to malloc.
#include "core/py/frame.h"

#include "core/py/dict.h"
#include "core/py/function.h"
#include "core/py/str.h"

namespace loopstep::py {

Frame* frame_new(CodeObject* code, Value code_ref, Value func, Value globals, Value builtins,
                 Value locals) {
    uint32_t nlocals = static_cast<uint32_t>(code->nlocalsplus());
    uint32_t cap = nlocals + code->stacksize;
    uint32_t size = 0;
    void* mem = object_alloc(sizeof(Frame) + cap * sizeof(Value), &size);
    Frame* f = new (mem) Frame{};
    f->code = code;
    f->code_ref = std::move(code_ref);
    f->func = std::move(func);
    f->globals = std::move(globals);
    f->builtins = std::move(builtins);
    f->locals = std::move(locals);
    f->nlocals = nlocals;
    f->capacity = cap;
    Value* slots = f->localsplus();
    for (uint32_t i = 0; i < cap; ++i) new (slots + i) Value();
    f->sp = f->stack_base();
    f->alloc_size_ = size;
    return f;
}

void frame_free(Frame* f) {
    Value* slots = f->localsplus();
    for (uint32_t i = 0; i < f->capacity; ++i) slots[i].~Value();
    uint32_t size = f->alloc_size_;
    f->~Frame();
    object_free(f, size);
}

Value frame_locals_dict(Frame* f) {
    if (!f->locals.is_null()) return f->locals;
    Value d = new_dict();
    CodeObject* co = f->code;
    Value* slots = f->localsplus();
    size_t nvar = co->varnames.size();
    for (size_t i = 0; i < nvar; ++i) {
        bool is_cell_arg = false;
        for (int32_t a : co->cell2arg)
            if (a == static_cast<int32_t>(i)) is_cell_arg = true;
        if (is_cell_arg) continue;
        if (!slots[i].is_null()) as_dict(d)->set_str(co->varnames[i], slots[i]);
    }
    for (size_t i = 0; i < co->cellvars.size(); ++i) {
        const Value& c = slots[nvar + i];
        if (!c.is_null() && c.type() == cell_type && !c.as<CellObject>()->value.is_null())
            as_dict(d)->set_str(co->cellvars[i], c.as<CellObject>()->value);
    }
    size_t base = nvar + co->cellvars.size();
    for (size_t i = 0; i < co->freevars.size(); ++i) {
        const Value& c = slots[base + i];
        if (!c.is_null() && c.type() == cell_type && !c.as<CellObject>()->value.is_null())
            as_dict(d)->set_str(co->freevars[i], c.as<CellObject>()->value);
    }
    return d;
}

} // namespace loopstep::py
