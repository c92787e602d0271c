// The slice type and CPython's slice index arithmetic (Objects/sliceobject.c): unpacking the
// parts with __index__, clamping them to a sequence's length, and slice.indices() for lengths of
// any size.
#include "core/py/slice.h"

#include "core/py/container_util.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <limits>

namespace loopstep::py {

Type* slice_type;

namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

// _PyEval_SliceIndex: None keeps the default; anything else must be an index.
bool slice_part(const Value& v, int64_t* out) {
    if (is_none(v)) return false;
    if (!has_index(v))
        raise_type_error("slice indices must be integers or None or have an __index__ method");
    *out = index_clamped(v);
    return true;
}

BigInt evaluate_slice_index(const Value& v) {
    if (!has_index(v))
        raise_type_error("slice indices must be integers or None or have an __index__ method");
    return int_to_big(number_index(v));
}

SliceObject* as_slice(const Value& v) {
    return v.as<SliceObject>();
}

Value slice_new(Type*, CallArgs& a) {
    check_no_kwargs(a, "slice");
    check_nargs(a, "slice", 1, 3);
    if (a.nargs == 1) return new_slice(none(), a.args[0], none());
    return new_slice(a.args[0], a.args[1], a.nargs == 3 ? a.args[2] : none());
}

Value slice_repr(const Value& v) {
    SliceObject* s = as_slice(v);
    return new_str("slice(" + repr_utf8(s->start) + ", " + repr_utf8(s->stop) + ", " +
                   repr_utf8(s->step) + ")");
}

Value slice_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (!is_slice(a) || !is_slice(b)) return not_implemented();
    if (a.is(b)) return py_bool(op == CmpOp::Eq || op == CmpOp::Le || op == CmpOp::Ge);
    SliceObject* x = as_slice(a);
    SliceObject* y = as_slice(b);
    return richcompare(new_tuple({x->start, x->stop, x->step}),
                       new_tuple({y->start, y->stop, y->step}), op);
}

Value get_start(const Value& v) {
    return as_slice(v)->start;
}
Value get_stop(const Value& v) {
    return as_slice(v)->stop;
}
Value get_step(const Value& v) {
    return as_slice(v)->step;
}

Value m_indices(CallArgs& a) {
    const Value& self = method_self(a, slice_type, "indices");
    check_onearg(a, "slice.indices");
    Value length = number_index(a.args[1]);
    if (int_to_big(length).is_negative()) raise_value_error("length should not be negative");
    Value start, stop, step;
    slice_long_indices(as_slice(self), length, &start, &stop, &step);
    return new_tuple({start, stop, step});
}

} // namespace

Value new_slice(Value start, Value stop, Value step) {
    return make<SliceObject>(slice_type, start.is_null() ? none() : std::move(start),
                             stop.is_null() ? none() : std::move(stop),
                             step.is_null() ? none() : std::move(step));
}

void slice_unpack(const SliceObject* s, int64_t* start, int64_t* stop, int64_t* step) {
    if (!slice_part(s->step, step)) {
        *step = 1;
    } else {
        if (*step == 0) raise_value_error("slice step cannot be zero");
        // Keeps `step = -step` defined later on.
        if (*step < -kMax) *step = -kMax;
    }
    if (!slice_part(s->start, start)) *start = *step < 0 ? kMax : 0;
    if (!slice_part(s->stop, stop)) *stop = *step < 0 ? kMin : kMax;
}

int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

SliceBounds slice_bounds(const Value& slice, int64_t length) {
    SliceBounds b;
    slice_unpack(as_slice(slice), &b.start, &b.stop, &b.step);
    b.count = slice_adjust(length, &b.start, &b.stop, b.step);
    return b;
}

void slice_long_indices(const SliceObject* s, const Value& length_v, Value* start_out,
                        Value* stop_out, Value* step_out) {
    BigInt length = int_to_big(length_v);
    BigInt step = 1;
    if (!is_none(s->step)) {
        step = evaluate_slice_index(s->step);
        if (step.is_zero()) raise_value_error("slice step cannot be zero");
    }
    bool negative = step.is_negative();
    BigInt lower = negative ? BigInt(-1) : BigInt(0);
    BigInt upper = negative ? length + lower : length;
    auto bound = [&](const Value& part, bool is_start) {
        if (is_none(part)) return (negative == is_start) ? upper : lower;
        BigInt v = evaluate_slice_index(part);
        if (v.is_negative()) {
            v += length;
            if (v < lower) v = lower;
        } else if (v > upper) {
            v = upper;
        }
        return v;
    };
    BigInt start = bound(s->start, true);
    BigInt stop = bound(s->stop, false);
    *start_out = new_int(start);
    *stop_out = new_int(stop);
    *step_out = new_int(step);
}

void init_slice_type() {
    slice_type = new_builtin_type("slice", object_type, 0);
    slice_type->solid = slice_type;
    slice_type->tp_new = slice_new;
    slice_type->tp_init = nullptr;
    slice_type->repr = slice_repr;
    slice_type->richcmp = slice_richcmp;
    slice_type->hash = nullptr;
    slice_type->dict.as<DictObject>()->set_str(intern("__hash__"), none());
    add_getter(slice_type, "start", get_start);
    add_getter(slice_type, "stop", get_stop);
    add_getter(slice_type, "step", get_step);
    add_method(slice_type, "indices", m_indices);
}

} // namespace loopstep::py
