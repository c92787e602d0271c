// range objects: an immutable arithmetic sequence of ints of any size, with CPython's repr,
// length, indexing and slicing (slices of a range are ranges), fast membership for ints, and its
// two iterators (range_iterator when everything fits in 64 bits, longrange_iterator otherwise).
#pragma once

#include "core/py/object.h"

namespace loopstep::py {

struct RangeObject : Object {
    RangeObject(Type* t, Value start, Value stop, Value step, Value length)
        : Object(t), start(std::move(start)), stop(std::move(stop)), step(std::move(step)),
          length(std::move(length)) {}
    Value start, stop, step, length; // ints; step is never 0
};

inline bool is_range(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == range_type;
}

void init_range_type();

} // namespace loopstep::py
