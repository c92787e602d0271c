// int, bool and float. Ints that fit in 62 bits live inline in a Value; larger ones (and
// instances of int subclasses) are IntObjects holding a BigInt. Results are always normalised
// back to the inline form when they fit, so identity-free code never sees the difference.
#pragma once

#include "core/py/bigint.h"
#include "core/py/object.h"

namespace loopstep::py {

struct IntObject : Object {
    IntObject(Type* t, BigInt v) : Object(t), v(std::move(v)) {}
    BigInt v;
};

struct FloatObject : Object {
    FloatObject(Type* t, double v) : Object(t), v(v) {}
    double v;
};

Value new_int(int64_t v);
Value new_int(const BigInt& v);
Value new_int(BigInt&& v);
Value new_float(double v);

// int or bool or an int subclass (Python's isinstance(v, int)).
bool is_int(const Value& v);
inline bool is_float(const Value& v) {
    return !v.is_null() && v.is_obj() && v.type() == float_type;
}
bool is_float_like(const Value& v); // float or subclass
inline double float_value(const Value& v) {
    return v.as<FloatObject>()->v;
}

// For any int-like value: true and the value when it fits in int64.
bool int_to_i64(const Value& v, int64_t& out);
BigInt int_to_big(const Value& v);
// Converts int or float to double (TypeError otherwise; OverflowError for huge ints).
double to_double(const Value& v);

Value int_from_string(std::string_view text, int base); // int("...", base), ValueError on bad text
Value int_str(const Value& v);                          // decimal text, with 3.11's digit limit

void init_number_types();
void init_number_methods();
// sys.get_int_max_str_digits(): the limit on int/str conversions (4300 in CPython 3.11).
size_t interp_max_str_digits();

} // namespace loopstep::py
