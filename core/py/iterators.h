// The iterator types the eval loop and the builtins name directly: the list and range iterators
// that FOR_ITER advances without a call through the type slots, the generic sequence iterator
// iter() makes for objects that only have __getitem__, and the callable iterator of
// iter(callable, sentinel).
#pragma once

#include "core/py/object.h"

namespace loopstep::py {

extern Type *list_iter_type, *list_reverse_iter_type, *range_iter_type, *long_range_iter_type,
    *seq_iter_type, *callable_iter_type;

// The next item, or null when exhausted. `it` must be of exactly the named type.
Value list_iter_next_fast(const Value& it);
Value range_iter_next_fast(const Value& it);

// iter(seq) for an object with __getitem__ but no __iter__: calls seq[0], seq[1], ... until
// IndexError or StopIteration.
Value new_seq_iter(const Value& seq);
// iter(callable, sentinel): calls callable() until it returns something equal to sentinel.
Value new_callable_iter(const Value& callable, const Value& sentinel);

// The `iter` slot of every iterator: an iterator is its own iterator.
Value iter_self(const Value& v);

void init_iterator_types();

} // namespace loopstep::py
