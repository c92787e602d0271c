// The range type (Objects/rangeobject.c). Bounds are Python ints of any size; when they are
// small, as they nearly always are, the arithmetic is done on int64 directly, otherwise on
// BigInt. The iterators follow CPython's choice between range_iterator (everything fits in 64
// bits) and longrange_iterator, which is visible in their reprs.
#include "core/py/range.h"

#include "core/py/container_util.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/iterators.h"
#include "core/py/slice.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <limits>

namespace loopstep::py {

Type* range_type;
Type *range_iter_type, *long_range_iter_type;

namespace {

RangeObject* as_range(const Value& v) {
    return v.as<RangeObject>();
}

BigInt big(const Value& v) {
    return v.is_small() ? BigInt(v.small()) : int_to_big(v);
}

bool all_small(std::initializer_list<const Value*> vs) {
    for (const Value* v : vs)
        if (!v->is_small()) return false;
    return true;
}

// The number of items of range(start, stop, step).
Value compute_length(const Value& start, const Value& stop, const Value& step) {
    if (all_small({&start, &stop, &step})) {
        // Small ints have at most 62 bits, so these differences cannot overflow.
        int64_t lo = start.small(), hi = stop.small(), st = step.small();
        if (st < 0) {
            std::swap(lo, hi);
            st = -st;
        }
        return new_int(lo >= hi ? 0 : (hi - lo - 1) / st + 1);
    }
    BigInt lo = big(start), hi = big(stop), st = big(step);
    if (st.is_negative()) {
        std::swap(lo, hi);
        st = -st;
    }
    if (lo >= hi) return new_int(0);
    return new_int(BigInt::floordiv(hi - lo - 1, st).value + 1);
}

Value make_range(Value start, Value stop, Value step) {
    Value length = compute_length(start, stop, step);
    return make<RangeObject>(range_type, std::move(start), std::move(stop), std::move(step),
                             std::move(length));
}

// start + i * step
Value compute_item(RangeObject* r, const Value& i) {
    if (all_small({&r->start, &r->step, &i})) {
        int64_t s = r->start.small(), st = r->step.small(), k = i.small();
        int64_t prod;
        if (!__builtin_mul_overflow(k, st, &prod)) {
            int64_t sum;
            if (!__builtin_add_overflow(s, prod, &sum)) return new_int(sum);
        }
    }
    return new_int(big(r->start) + big(i) * big(r->step));
}

Value range_item(RangeObject* r, const Value& key) {
    Value i = number_index(key);
    if (i.is_small() && r->length.is_small()) {
        int64_t k = i.small(), n = r->length.small();
        if (k < 0) k += n;
        if (k < 0 || k >= n) raise_index_error("range object index out of range");
        return compute_item(r, new_int(k));
    }
    BigInt k = big(i);
    BigInt n = big(r->length);
    if (k.is_negative()) k += n;
    if (k.is_negative() || k >= n) raise_index_error("range object index out of range");
    return compute_item(r, new_int(k));
}

Value range_tp_new(Type*, CallArgs& a) {
    check_no_kwargs(a, "range");
    if (a.nargs == 0) raise_type_error("range expected at least 1 argument, got 0");
    if (a.nargs > 3) raise_type_error(fmt("range expected at most 3 arguments, got %zu", a.nargs));
    if (a.nargs == 1) return make_range(new_int(0), number_index(a.args[0]), new_int(1));
    Value start = number_index(a.args[0]);
    Value stop = number_index(a.args[1]);
    Value step = new_int(1);
    if (a.nargs == 3) {
        step = number_index(a.args[2]);
        if (big(step).is_zero()) raise_value_error("range() arg 3 must not be zero");
    }
    return make_range(std::move(start), std::move(stop), std::move(step));
}

Value range_repr(const Value& v) {
    RangeObject* r = as_range(v);
    std::string s = "range(" + repr_utf8(r->start) + ", " + repr_utf8(r->stop);
    if (!(r->step.is_small() && r->step.small() == 1)) s += ", " + repr_utf8(r->step);
    return new_str(s + ")");
}

int64_t range_len(const Value& v) {
    int64_t n;
    if (!int_to_i64(as_range(v)->length, n))
        raise_overflow_error("Python int too large to convert to C ssize_t");
    return n;
}

int range_truth(const Value& v) {
    return !big(as_range(v)->length).is_zero();
}

bool ints_equal(const Value& a, const Value& b) {
    if (a.is_small() && b.is_small()) return a.small() == b.small();
    return big(a) == big(b);
}

bool range_equals(RangeObject* a, RangeObject* b) {
    if (a == b) return true;
    if (!ints_equal(a->length, b->length)) return false;
    if (big(a->length).is_zero()) return true;
    if (!ints_equal(a->start, b->start)) return false;
    if (ints_equal(a->length, new_int(1))) return true;
    return ints_equal(a->step, b->step);
}

Value range_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (!is_range(a) || !is_range(b) || (op != CmpOp::Eq && op != CmpOp::Ne))
        return not_implemented();
    bool eq = range_equals(as_range(a), as_range(b));
    return py_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t range_hash(const Value& v) {
    RangeObject* r = as_range(v);
    Value t;
    if (big(r->length).is_zero())
        t = new_tuple({r->length, none(), none()});
    else if (ints_equal(r->length, new_int(1)))
        t = new_tuple({r->length, r->start, none()});
    else
        t = new_tuple({r->length, r->start, r->step});
    return hash(t);
}

Value range_getitem(const Value& v, const Value& key) {
    RangeObject* r = as_range(v);
    if (key.is_small() || has_index(key)) return range_item(r, key);
    if (is_slice(key)) {
        Value start, stop, step;
        slice_long_indices(key.as<SliceObject>(), r->length, &start, &stop, &step);
        Value substep = new_int(big(step) * big(r->step));
        return make_range(compute_item(r, start), compute_item(r, stop), substep);
    }
    raise_type_error(
        fmt("range indices must be integers or slices, not %s", type_name(key).c_str()));
}

// Membership of an int, by arithmetic.
bool contains_int(RangeObject* r, const Value& ob) {
    if (all_small({&r->start, &r->stop, &r->step, &ob})) {
        int64_t s = r->start.small(), e = r->stop.small(), st = r->step.small(), x = ob.small();
        if (st > 0 ? !(s <= x && x < e) : !(e < x && x <= s)) return false;
        return (x - s) % st == 0;
    }
    BigInt s = big(r->start), e = big(r->stop), st = big(r->step), x = big(ob);
    if (!st.is_negative() ? !(s <= x && x < e) : !(e < x && x <= s)) return false;
    return BigInt::mod(x - s, st).value.is_zero();
}

bool is_exact_int(const Value& v) {
    return v.is_small() || v.type() == int_type || v.type() == bool_type;
}

int range_contains(const Value& v, const Value& ob) {
    if (is_exact_int(ob)) return contains_int(as_range(v), ob);
    Value it = get_iter(v);
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) return 0;
        if (equals(x, ob)) return 1;
    }
}

// ---- iterators -------------------------------------------------------------------------------

struct RangeIterObject : Object {
    RangeIterObject(Type* t, int64_t start, int64_t step, int64_t len)
        : Object(t), start(start), step(step), len(len) {}
    int64_t start, step, len;
};

struct LongRangeIterObject : Object {
    LongRangeIterObject(Type* t, Value start, Value step, Value len)
        : Object(t), start(std::move(start)), step(std::move(step)), len(std::move(len)) {}
    Value start, step, len;
};

// get_len_of_range: the count of range(lo, hi, step), exact in unsigned arithmetic.
uint64_t len_of_range(int64_t lo, int64_t hi, int64_t step) {
    if (step > 0 && lo < hi)
        return 1 + (static_cast<uint64_t>(hi) - 1 - static_cast<uint64_t>(lo)) /
                       static_cast<uint64_t>(step);
    if (step < 0 && lo > hi)
        return 1 + (static_cast<uint64_t>(lo) - 1 - static_cast<uint64_t>(hi)) /
                       (0 - static_cast<uint64_t>(step));
    return 0;
}

constexpr int64_t kLongMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kLongMin = std::numeric_limits<int64_t>::min();

Value range_iter(const Value& v) {
    RangeObject* r = as_range(v);
    int64_t start, stop, step;
    if (int_to_i64(r->start, start) && int_to_i64(r->stop, stop) && int_to_i64(r->step, step)) {
        uint64_t ulen = len_of_range(start, stop, step);
        bool fits = ulen <= static_cast<uint64_t>(kLongMax);
        // start + len * step must not overflow either.
        if (fits && ulen) {
            if (step > 0)
                fits = stop <= kLongMax - (step - 1);
            else
                fits = stop >= kLongMin + (-1 - step);
        }
        if (fits)
            return make<RangeIterObject>(range_iter_type, start, step, static_cast<int64_t>(ulen));
    }
    return make<LongRangeIterObject>(long_range_iter_type, r->start, r->step, r->length);
}

Value range_reversed(const Value& v) {
    RangeObject* r = as_range(v);
    int64_t start, stop, step;
    if (int_to_i64(r->start, start) && int_to_i64(r->stop, stop) && int_to_i64(r->step, step) &&
        step != kLongMin) {
        // start - step must be representable.
        bool fits = step > 0 ? static_cast<uint64_t>(start) - static_cast<uint64_t>(kLongMin) >=
                                   static_cast<uint64_t>(step)
                             : static_cast<uint64_t>(kLongMax) - static_cast<uint64_t>(start) >=
                                   0 - static_cast<uint64_t>(step);
        uint64_t ulen = len_of_range(start, stop, step);
        if (fits && ulen <= static_cast<uint64_t>(kLongMax)) {
            uint64_t new_stop = static_cast<uint64_t>(start) - static_cast<uint64_t>(step);
            int64_t new_start = static_cast<int64_t>(new_stop + ulen * static_cast<uint64_t>(step));
            return make<RangeIterObject>(range_iter_type, new_start, -step,
                                         static_cast<int64_t>(ulen));
        }
    }
    BigInt len = big(r->length);
    Value new_start = new_int(big(r->start) + (len - 1) * big(r->step));
    return make<LongRangeIterObject>(long_range_iter_type, new_start, new_int(-big(r->step)),
                                     r->length);
}

Value long_range_iter_next(const Value& v) {
    auto* it = v.as<LongRangeIterObject>();
    BigInt len = big(it->len);
    if (len.sign() <= 0) return Value();
    Value result = it->start;
    it->start = new_int(big(it->start) + big(it->step));
    it->len = new_int(len - 1);
    return result;
}

// ---- methods ---------------------------------------------------------------------------------

Value m_count(CallArgs& a) {
    const Value& self = method_self(a, range_type, "count");
    check_onearg(a, "range.count");
    const Value& ob = a.args[1];
    if (is_exact_int(ob)) return new_int(contains_int(as_range(self), ob) ? 1 : 0);
    int64_t c = 0;
    Value it = get_iter(self);
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) return new_int(c);
        if (equals(x, ob)) ++c;
    }
}

Value m_index(CallArgs& a) {
    const Value& self = method_self(a, range_type, "index");
    check_onearg(a, "range.index");
    RangeObject* r = as_range(self);
    const Value& ob = a.args[1];
    if (is_exact_int(ob)) {
        if (!contains_int(r, ob)) raise_value_error(repr_utf8(ob) + " is not in range");
        // Exact: (ob - start) is a multiple of step.
        if (all_small({&r->start, &r->step, &ob}))
            return new_int((ob.small() - r->start.small()) / r->step.small());
        return new_int(BigInt::floordiv(big(ob) - big(r->start), big(r->step)).value);
    }
    int64_t i = 0;
    Value it = get_iter(self);
    while (true) {
        Value x = iter_next(it);
        if (x.is_null()) raise_value_error("sequence.index(x): x not in sequence");
        if (equals(x, ob)) return new_int(i);
        ++i;
    }
}

Value m_reversed(CallArgs& a) {
    const Value& self = method_self(a, range_type, "__reversed__");
    check_noargs(a, "range.__reversed__");
    return range_reversed(self);
}

Value get_start(const Value& v) {
    return as_range(v)->start;
}
Value get_stop(const Value& v) {
    return as_range(v)->stop;
}
Value get_step(const Value& v) {
    return as_range(v)->step;
}

Value m_iter_length_hint(CallArgs& a) {
    auto* it = method_self(a, range_iter_type, "__length_hint__").as<RangeIterObject>();
    check_noargs(a, "range_iterator.__length_hint__");
    return new_int(it->len);
}

Value m_long_iter_length_hint(CallArgs& a) {
    auto* it = method_self(a, long_range_iter_type, "__length_hint__").as<LongRangeIterObject>();
    check_noargs(a, "longrange_iterator.__length_hint__");
    return it->len;
}

} // namespace

Value range_iter_next_fast(const Value& v) {
    auto* it = v.as<RangeIterObject>();
    if (it->len <= 0) return Value();
    int64_t result = it->start;
    it->start =
        static_cast<int64_t>(static_cast<uint64_t>(result) + static_cast<uint64_t>(it->step));
    --it->len;
    return new_int(result);
}

void init_range_type() {
    range_type = new_builtin_type("range", object_type, 0);
    range_type->solid = range_type;
    range_type->tp_new = range_tp_new;
    range_type->tp_init = nullptr;
    range_type->repr = range_repr;
    range_type->len = range_len;
    range_type->truth = range_truth;
    range_type->richcmp = range_richcmp;
    range_type->hash = range_hash;
    range_type->getitem = range_getitem;
    range_type->contains = range_contains;
    range_type->iter = range_iter;
    add_getter(range_type, "start", get_start);
    add_getter(range_type, "stop", get_stop);
    add_getter(range_type, "step", get_step);
    add_method(range_type, "count", m_count);
    add_method(range_type, "index", m_index);
    add_method(range_type, "__reversed__", m_reversed);
    add_slot_wrappers(range_type);

    range_iter_type = new_builtin_type("range_iterator", object_type, 0);
    range_iter_type->tp_new = nullptr;
    range_iter_type->iter = iter_self;
    range_iter_type->next = range_iter_next_fast;
    add_method(range_iter_type, "__length_hint__", m_iter_length_hint);
    add_slot_wrappers(range_iter_type);

    long_range_iter_type = new_builtin_type("longrange_iterator", object_type, 0);
    long_range_iter_type->tp_new = nullptr;
    long_range_iter_type->iter = iter_self;
    long_range_iter_type->next = long_range_iter_next;
    add_method(long_range_iter_type, "__length_hint__", m_long_iter_length_hint);
    add_slot_wrappers(long_range_iter_type);
}

} // namespace loopstep::py
