// slice objects (what `a[i:j:k]` builds) and the arithmetic every sequence uses to resolve a
// slice against its length, exactly as CPython's PySlice_Unpack / PySlice_AdjustIndices, so that
// out-of-range and negative bounds clamp the same way for list, tuple, str and range.
#pragma once

#include "core/py/object.h"

namespace loopstep::py {

struct SliceObject : Object {
    SliceObject(Type* t, Value start, Value stop, Value step)
        : Object(t), start(std::move(start)), stop(std::move(stop)), step(std::move(step)) {}
    Value start, stop, step; // None when omitted
};

// A null part stands for None.
Value new_slice(Value start, Value stop, Value step);
inline bool is_slice(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == slice_type;
}

// The start, stop and step a slice resolves to for a sequence of `length` items, and the number
// of items it selects. Raises ValueError "slice step cannot be zero" and TypeError for parts
// that are not integers.
struct SliceBounds {
    int64_t start, stop, step, count;
};
SliceBounds slice_bounds(const Value& slice, int64_t length);

// The two halves of slice_bounds: PySlice_Unpack (parts to integers, None filled in, clamped to
// the int64 range) and PySlice_AdjustIndices (clamped to the length; returns the count).
void slice_unpack(const SliceObject* s, int64_t* start, int64_t* stop, int64_t* step);
int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step);

// slice.indices(length) for any int length, as _PySlice_GetLongIndices: (start, stop, step).
void slice_long_indices(const SliceObject* s, const Value& length, Value* start, Value* stop,
                        Value* step);

void init_slice_type();

} // namespace loopstep::py
