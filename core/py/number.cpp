// int, bool and float: arithmetic with Python's semantics (floor division and modulo signs,
// true division, ** with negative exponents, shifts, bitwise operators on negatives), exact
// int/float comparison, hashing compatible across int/float/bool, and the constructors int(x,
// base) and float(x). Small ints stay inline in the Value; BigInt takes over on overflow.
#include "core/py/int.h"

#include "core/py/builtins.h"
#include "core/py/bytes.h"
#include "core/py/dict.h"
#include "core/py/error.h"
#include "core/py/float_ops.h"
#include "core/py/format.h"
#include "core/py/function.h"
#include "core/py/number_format.h"
#include "core/py/str.h"
#include "core/py/tuple.h"
#include "core/py/type.h"

#include <cmath>

namespace loopstep::py {

Type *int_type, *bool_type, *float_type;
Object *True, *False;

namespace {

[[noreturn]] void raise_num(const NumError& e) {
    switch (e.kind) {
    case NumErrorKind::ValueError: raise_value_error(e.message);
    case NumErrorKind::OverflowError: raise_overflow_error(e.message);
    case NumErrorKind::ZeroDivisionError: raise_zero_division(e.message);
    case NumErrorKind::MemoryError: raise_memory_error();
    case NumErrorKind::TypeError: raise_type_error(e.message);
    case NumErrorKind::ComplexResult:
        raise_value_error("the result would be a complex number, which loopstep does not support");
    case NumErrorKind::None: break;
    }
    raise_value_error(e.message);
}

template <class T>
T unwrap(NumResult<T>&& r) {
    if (!r.ok()) raise_num(r.error);
    return std::move(r.value);
}

std::string repr_for_errors(std::string_view text) { return str_repr_text(text); }

} // namespace

// ---- construction and conversion ---------------------------------------------------------------

Value new_int(int64_t v) {
    if (Value::fits_small(v)) return Value::small_int(v);
    return make<IntObject>(int_type, BigInt(v));
}

Value new_int(const BigInt& v) {
    if (auto small = v.as_int64(); small && Value::fits_small(*small)) return Value::small_int(*small);
    return make<IntObject>(int_type, v);
}

Value new_int(BigInt&& v) {
    if (auto small = v.as_int64(); small && Value::fits_small(*small)) return Value::small_int(*small);
    return make<IntObject>(int_type, std::move(v));
}

namespace {
// Free list: floats are created and dropped constantly by numeric code.
Value float_cache_make(double v) { return make<FloatObject>(float_type, v); }
} // namespace

Value new_float(double v) { return float_cache_make(v); }

bool is_int(const Value& v) {
    if (v.is_small()) return true;
    if (v.is_null() || !v.is_obj()) return false;
    Type* t = v.type();
    return t == int_type || t == bool_type || t->is_subtype(int_type);
}

bool is_float_like(const Value& v) { return !v.is_null() && v.is_obj() && v.type()->is_subtype(float_type); }

bool int_to_i64(const Value& v, int64_t& out) {
    if (v.is_small()) {
        out = v.small();
        return true;
    }
    if (v.is(True)) {
        out = 1;
        return true;
    }
    if (v.is(False)) {
        out = 0;
        return true;
    }
    auto r = v.as<IntObject>()->v.as_int64();
    if (!r) return false;
    out = *r;
    return true;
}

BigInt int_to_big(const Value& v) {
    if (v.is_small()) return BigInt(v.small());
    if (v.is(True)) return BigInt(1);
    if (v.is(False)) return BigInt(0);
    return v.as<IntObject>()->v;
}

double to_double(const Value& v) {
    if (v.is_small()) return static_cast<double>(v.small());
    if (is_float_like(v)) return float_value(v);
    if (is_int(v)) return unwrap(int_to_big(v).to_double());
    Value m = v.type()->lookup_value(intern("__float__"));
    if (!m.is_null()) {
        Value r = call(m, {v});
        if (!is_float_like(r))
            raise_type_error(fmt("%s.__float__ returned non-float (type %s)", type_name(v).c_str(),
                                 type_name(r).c_str()));
        return float_value(r);
    }
    Value idx = v.type()->lookup_value(intern("__index__"));
    if (!idx.is_null()) return to_double(call(idx, {v}));
    raise_type_error(fmt("must be real number, not %s", type_name(v).c_str()));
}

Value int_from_string(std::string_view text, int base) {
    return new_int(unwrap(BigInt::parse(text, base, interp_max_str_digits(), repr_for_errors)));
}

Value int_str(const Value& v) {
    if (v.is_small()) return new_str_ascii(std::to_string(v.small()));
    if (v.is(True) || v.is(False)) return new_str_ascii(v.is(True) ? "1" : "0");
    return new_str_ascii(unwrap(v.as<IntObject>()->v.to_decimal_string(interp_max_str_digits())));
}

// ---- int -------------------------------------------------------------------------------------

namespace {

bool both_int(const Value& a, const Value& b) { return is_int(a) && is_int(b); }

Value int_binop(const Value& a, const Value& b, BinOp op) {
    if (!both_int(a, b)) return not_implemented();
    int64_t x, y;
    if (int_to_i64(a, x) && int_to_i64(b, y)) {
        int64_t r;
        switch (op) {
        case BinOp::Add:
            if (!__builtin_add_overflow(x, y, &r)) return new_int(r);
            break;
        case BinOp::Sub:
            if (!__builtin_sub_overflow(x, y, &r)) return new_int(r);
            break;
        case BinOp::Mul:
            if (!__builtin_mul_overflow(x, y, &r)) return new_int(r);
            break;
        case BinOp::FloorDiv:
            if (y == 0) raise_zero_division("integer division or modulo by zero");
            if (!(x == INT64_MIN && y == -1)) {
                r = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) --r;
                return new_int(r);
            }
            break;
        case BinOp::Mod:
            if (y == 0) raise_zero_division("integer modulo by zero");
            if (y == -1) return new_int(0);
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            return new_int(r);
        case BinOp::TrueDiv: {
            if (y == 0) raise_zero_division("division by zero");
            const int64_t lim = int64_t(1) << 53;
            if (x > -lim && x < lim && y > -lim && y < lim)
                return new_float(static_cast<double>(x) / static_cast<double>(y));
            break;
        }
        case BinOp::And: return new_int(x & y);
        case BinOp::Or: return new_int(x | y);
        case BinOp::Xor: return new_int(x ^ y);
        case BinOp::LShift:
            if (y < 0) raise_value_error("negative shift count");
            if (y < 62 && x >= -(int64_t(1) << (62 - y)) && x < (int64_t(1) << (62 - y)))
                return new_int(x * (int64_t(1) << y));
            break;
        case BinOp::RShift:
            if (y < 0) raise_value_error("negative shift count");
            return new_int(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
        case BinOp::Pow:
            if (y >= 0) {
                int64_t result = 1, base = x;
                int64_t e = y;
                bool overflow = false;
                while (e > 0 && !overflow) {
                    if (e & 1) overflow |= __builtin_mul_overflow(result, base, &result);
                    e >>= 1;
                    if (e > 0) overflow |= __builtin_mul_overflow(base, base, &base);
                }
                if (!overflow) return new_int(result);
            }
            break;
        default: break;
        }
    }
    BigInt A = int_to_big(a), B = int_to_big(b);
    switch (op) {
    case BinOp::Add: return new_int(A + B);
    case BinOp::Sub: return new_int(A - B);
    case BinOp::Mul: return new_int(A * B);
    case BinOp::FloorDiv: return new_int(unwrap(BigInt::floordiv(A, B)));
    case BinOp::Mod: return new_int(unwrap(BigInt::mod(A, B)));
    case BinOp::TrueDiv: return new_float(unwrap(BigInt::truediv(A, B)));
    case BinOp::And: return new_int(A & B);
    case BinOp::Or: return new_int(A | B);
    case BinOp::Xor: return new_int(A ^ B);
    case BinOp::LShift: return new_int(unwrap(BigInt::lshift(A, B)));
    case BinOp::RShift: return new_int(unwrap(BigInt::rshift(A, B)));
    case BinOp::Pow:
        if (B.is_negative()) return new_float(unwrap(int_pow_to_float(A, B)));
        return new_int(unwrap(BigInt::pow(A, B)));
    default: return not_implemented();
    }
}

template <int OP>
Value int_binop_slot(const Value& a, const Value& b) {
    return int_binop(a, b, static_cast<BinOp>(OP));
}

Value int_repr(const Value& v) { return int_str(v); }

int64_t int_hash(const Value& v) {
    if (v.is_small()) return hash_int64(v.small());
    int64_t x;
    if (int_to_i64(v, x)) return hash_int64(x);
    return v.as<IntObject>()->v.hash();
}

std::strong_ordering int_cmp(const Value& a, const Value& b) {
    int64_t x, y;
    if (int_to_i64(a, x) && int_to_i64(b, y)) return x <=> y;
    return int_to_big(a) <=> int_to_big(b);
}

Value cmp_result(std::strong_ordering o, CmpOp op) {
    switch (op) {
    case CmpOp::Lt: return py_bool(o < 0);
    case CmpOp::Le: return py_bool(o <= 0);
    case CmpOp::Eq: return py_bool(o == 0);
    case CmpOp::Ne: return py_bool(o != 0);
    case CmpOp::Gt: return py_bool(o > 0);
    case CmpOp::Ge: return py_bool(o >= 0);
    }
    return not_implemented();
}

// int vs float comparison, exact (NaN compares false except !=).
Value int_float_cmp(const Value& i, double d, CmpOp op) {
    std::optional<std::strong_ordering> o;
    int64_t x;
    if (int_to_i64(i, x))
        o = compare_int64_with_double(x, d);
    else
        o = int_to_big(i).compare_with_double(d);
    if (!o) return py_bool(op == CmpOp::Ne);
    return cmp_result(*o, op);
}

Value int_richcmp(const Value& a, const Value& b, CmpOp op) {
    if (is_int(b)) return cmp_result(int_cmp(a, b), op);
    if (is_float_like(b)) return int_float_cmp(a, float_value(b), op);
    return not_implemented();
}

Value int_neg(const Value& v) {
    int64_t x;
    if (int_to_i64(v, x) && x != INT64_MIN) return new_int(-x);
    return new_int(-int_to_big(v));
}
Value int_pos(const Value& v) {
    if (v.is_small() || v.type() == int_type) return v;
    return new_int(int_to_big(v));
}
Value int_invert(const Value& v) {
    int64_t x;
    if (int_to_i64(v, x)) return new_int(~x);
    return new_int(~int_to_big(v));
}
int int_truth(const Value& v) {
    int64_t x;
    if (int_to_i64(v, x)) return x != 0;
    return !int_to_big(v).is_zero();
}

Value int_new(Type* t, CallArgs& a) {
    Value out[2];
    parse_args(a, "int", {"", "base"}, 0, out);
    Value result;
    if (out[0].is_null()) {
        if (!out[1].is_null()) raise_type_error("int() missing string argument");
        result = Value::small_int(0);
    } else if (!out[1].is_null()) {
        int64_t base;
        if (!int_to_i64(out[1], base)) raise_type_error("'str' object cannot be interpreted as an integer");
        if (!is_str_like(out[0]) && out[0].type() != bytes_type)
            raise_type_error("int() can't convert non-string with explicit base");
        if (base != 0 && (base < 2 || base > 36)) raise_value_error("int() base must be >= 2 and <= 36, or 0");
        result = int_from_string(is_str_like(out[0]) ? as_str(out[0])->s : std::string(as_bytes(out[0])->view()), static_cast<int>(base));
    } else {
        const Value& x = out[0];
        if (is_int(x)) {
            result = new_int(int_to_big(x));
        } else if (is_float_like(x)) {
            result = new_int(unwrap(BigInt::from_double(float_value(x))));
        } else if (is_str_like(x)) {
            result = int_from_string(as_str(x)->s, 10);
        } else if (x.type() == bytes_type) {
            result = int_from_string(std::string(as_bytes(x)->view()), 10);
        } else {
            Value m = x.type()->lookup_value(intern("__int__"));
            if (m.is_null()) m = x.type()->lookup_value(intern("__index__"));
            if (!m.is_null()) {
                result = call(m, {x});
                if (!is_int(result))
                    raise_type_error(fmt("__int__ returned non-int (type %s)", type_name(result).c_str()));
            } else {
                Value tr = x.type()->lookup_value(intern("__trunc__"));
                if (!tr.is_null()) {
                    result = call(tr, {x});
                } else {
                    raise_type_error(fmt("int() argument must be a string, a bytes-like object or a real "
                                         "number, not '%s'",
                                         type_name(x).c_str()));
                }
            }
        }
    }
    if (t == int_type) return result;
    return make<IntObject>(t, int_to_big(result));
}

Value m_int_bit_length(CallArgs& a) {
    return new_int(static_cast<int64_t>(int_to_big(a.args[0]).bit_length()));
}
Value m_int_bit_count(CallArgs& a) {
    return new_int(static_cast<int64_t>(int_to_big(a.args[0]).bit_count()));
}
Value m_int_to_bytes(CallArgs& a) {
    Value out[4];
    parse_args(a, "to_bytes", {"self", "length", "byteorder", "signed"}, 1, out);
    int64_t len = out[1].is_null() ? 1 : index_value(out[1]);
    std::string order = out[2].is_null() ? "big" : as_str(out[2])->s;
    if (order != "big" && order != "little") raise_value_error("byteorder must be either 'little' or 'big'");
    bool sign = !out[3].is_null() && truthy(out[3]);
    if (len < 0) raise_value_error("length argument must be non-negative");
    std::string bytes = unwrap(int_to_big(out[0]).to_bytes(static_cast<size_t>(len), order == "little", sign));
    return new_bytes(bytes);
}
Value m_int_from_bytes(CallArgs& a) {
    Value out[4];
    parse_args(a, "from_bytes", {"cls", "bytes", "byteorder", "signed"}, 2, out);
    std::string order = out[2].is_null() ? "big" : as_str(out[2])->s;
    if (order != "big" && order != "little") raise_value_error("byteorder must be either 'little' or 'big'");
    bool sign = !out[3].is_null() && truthy(out[3]);
    std::string data;
    if (out[1].type() == bytes_type)
        data = std::string(as_bytes(out[1])->view());
    else
        for (const Value& x : to_vector(out[1])) data.push_back(static_cast<char>(index_value(x)));
    return new_int(BigInt::from_bytes(data, order == "little", sign));
}
Value m_int_conjugate(CallArgs& a) { return int_pos(a.args[0]); }
Value m_int_index(CallArgs& a) { return int_pos(a.args[0]); }
Value m_int_int(CallArgs& a) { return int_pos(a.args[0]); }
Value m_int_float(CallArgs& a) { return new_float(to_double(a.args[0])); }
Value m_int_round(CallArgs& a) {
    if (a.nargs < 2 || is_none(a.args[1])) return int_pos(a.args[0]);
    int64_t nd = index_value(a.args[1]);
    if (nd >= 0) return int_pos(a.args[0]);
    // Round to 10**-nd, half to even.
    BigInt pow10 = unwrap(BigInt::pow(BigInt(10), BigInt(-nd)));
    BigInt x = int_to_big(a.args[0]);
    auto [q, r] = unwrap(BigInt::divmod(x, pow10));
    BigInt twice = r * BigInt(2);
    auto c = twice <=> pow10;
    if (c > 0 || (c == 0 && q.is_odd())) q += BigInt(1);
    return new_int(q * pow10);
}
Value m_int_trunc(CallArgs& a) { return int_pos(a.args[0]); }
Value m_int_format(CallArgs& a) {
    check_nargs(a, "__format__", 2, 2);
    if (!is_str(a.args[1]))
        raise_type_error(fmt("__format__() argument must be str, not %s", type_name(a.args[1]).c_str()));
    const std::string& spec = as_str(a.args[1])->s;
    if (a.args[0].is(True) || a.args[0].is(False)) {
        if (spec.empty()) return str(a.args[0]);
    }
    int64_t x;
    if (int_to_i64(a.args[0], x)) return new_str(unwrap(format_int(x, spec, "int", interp_max_str_digits())));
    return new_str(unwrap(format_int(int_to_big(a.args[0]), spec, "int", interp_max_str_digits())));
}
Value m_int_getnewargs(CallArgs& a) { return new_tuple({int_pos(a.args[0])}); }
Value int_get_real(const Value& v) { return int_pos(v); }
Value int_get_imag(const Value&) { return Value::small_int(0); }
Value int_get_numerator(const Value& v) { return int_pos(v); }
Value int_get_denominator(const Value&) { return Value::small_int(1); }
Value m_int_as_integer_ratio(CallArgs& a) { return new_tuple({int_pos(a.args[0]), Value::small_int(1)}); }

// ---- bool ------------------------------------------------------------------------------------

Value bool_repr(const Value& v) { return new_str_ascii(v.is(True) ? "True" : "False"); }
Value bool_new(Type*, CallArgs& a) {
    check_no_kwargs(a, "bool");
    check_nargs(a, "bool", 0, 1);
    return py_bool(a.nargs && truthy(a.args[0]));
}
template <BinOp OP>
Value bool_bitop(const Value& a, const Value& b) {
    if ((a.is(True) || a.is(False)) && (b.is(True) || b.is(False))) {
        bool x = a.is(True), y = b.is(True);
        return py_bool(OP == BinOp::And ? (x && y) : OP == BinOp::Or ? (x || y) : (x != y));
    }
    return int_binop(a, b, OP);
}

// ---- float -----------------------------------------------------------------------------------

bool as_double(const Value& v, double& out) {
    if (is_float_like(v)) {
        out = float_value(v);
        return true;
    }
    if (is_int(v)) {
        int64_t x;
        if (int_to_i64(v, x)) {
            out = static_cast<double>(x);
            return true;
        }
        out = unwrap(int_to_big(v).to_double());
        return true;
    }
    return false;
}

Value float_binop(const Value& a, const Value& b, BinOp op) {
    double x, y;
    if (!as_double(a, x) || !as_double(b, y)) return not_implemented();
    switch (op) {
    case BinOp::Add: return new_float(x + y);
    case BinOp::Sub: return new_float(x - y);
    case BinOp::Mul: return new_float(x * y);
    case BinOp::TrueDiv: return new_float(unwrap(float_truediv(x, y)));
    case BinOp::FloorDiv: return new_float(unwrap(float_floordiv(x, y)));
    case BinOp::Mod: return new_float(unwrap(float_mod(x, y)));
    case BinOp::Pow: return new_float(unwrap(float_pow(x, y)));
    default: return not_implemented();
    }
}

template <int OP>
Value float_binop_slot(const Value& a, const Value& b) {
    return float_binop(a, b, static_cast<BinOp>(OP));
}

Value float_repr_slot(const Value& v) { return new_str_ascii(float_repr(float_value(v))); }

int64_t float_hash(const Value& v) {
    double d = float_value(v);
    if (std::isnan(d)) return object_hash(v);
    return hash_double(d);
}

Value float_richcmp(const Value& a, const Value& b, CmpOp op) {
    double x = float_value(a);
    if (is_float_like(b)) {
        double y = float_value(b);
        switch (op) {
        case CmpOp::Lt: return py_bool(x < y);
        case CmpOp::Le: return py_bool(x <= y);
        case CmpOp::Eq: return py_bool(x == y);
        case CmpOp::Ne: return py_bool(x != y);
        case CmpOp::Gt: return py_bool(x > y);
        case CmpOp::Ge: return py_bool(x >= y);
        }
    }
    if (is_int(b)) return int_float_cmp(b, x, cmpop_swapped(op));
    return not_implemented();
}

Value float_neg(const Value& v) { return new_float(-float_value(v)); }
Value float_pos(const Value& v) { return v.type() == float_type ? v : new_float(float_value(v)); }
int float_truth(const Value& v) { return float_value(v) != 0.0; }

Value float_new(Type* t, CallArgs& a) {
    check_no_kwargs(a, "float");
    check_nargs(a, "float", 0, 1);
    double d = 0.0;
    if (a.nargs) {
        const Value& x = a.args[0];
        if (is_str_like(x))
            d = unwrap(parse_float(as_str(x)->s, repr_for_errors));
        else if (x.type() == bytes_type)
            d = unwrap(parse_float(std::string(as_bytes(x)->view()), repr_for_errors));
        else if (is_int(x) || is_float_like(x) || x.type()->lookup(intern("__float__")) ||
                 x.type()->lookup(intern("__index__")))
            d = to_double(x);
        else
            raise_type_error(fmt("float() argument must be a string or a real number, not '%s'",
                                 type_name(x).c_str()));
    }
    if (t == float_type) return new_float(d);
    return make<FloatObject>(t, d);
}

Value m_float_is_integer(CallArgs& a) { return py_bool(float_is_integer(float_value(a.args[0]))); }
Value m_float_as_integer_ratio(CallArgs& a) {
    auto r = unwrap(float_as_integer_ratio(float_value(a.args[0])));
    return new_tuple({new_int(r.first), new_int(r.second)});
}
Value m_float_round(CallArgs& a) {
    double x = float_value(a.args[0]);
    if (a.nargs < 2 || is_none(a.args[1])) return new_int(unwrap(float_round_to_int(x)));
    int64_t nd = index_value(a.args[1]);
    return new_float(unwrap(float_round(x, nd)));
}
Value m_float_trunc(CallArgs& a) { return new_int(unwrap(BigInt::from_double(float_value(a.args[0])))); }
Value m_float_floor(CallArgs& a) { return new_int(unwrap(BigInt::from_double(std::floor(float_value(a.args[0]))))); }
Value m_float_ceil(CallArgs& a) { return new_int(unwrap(BigInt::from_double(std::ceil(float_value(a.args[0]))))); }
Value m_float_int(CallArgs& a) { return m_float_trunc(a); }
Value m_float_float(CallArgs& a) { return float_pos(a.args[0]); }
Value m_float_format(CallArgs& a) {
    check_nargs(a, "__format__", 2, 2);
    if (!is_str(a.args[1]))
        raise_type_error(fmt("__format__() argument must be str, not %s", type_name(a.args[1]).c_str()));
    return new_str(unwrap(format_float(float_value(a.args[0]), as_str(a.args[1])->s)));
}
Value m_float_conjugate(CallArgs& a) { return float_pos(a.args[0]); }
Value m_float_hex(CallArgs& a) {
    double d = float_value(a.args[0]);
    if (std::isnan(d)) return new_str_ascii("nan");
    if (std::isinf(d)) return new_str_ascii(d > 0 ? "inf" : "-inf");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%a", d);
    std::string s = buf;
    // C prints 0x1.8p+1; Python prints 0x1.8000000000000p+1.
    size_t p = s.find('p');
    size_t dot = s.find('.');
    std::string mant = dot == std::string::npos ? "" : s.substr(dot + 1, p - dot - 1);
    std::string head = s.substr(0, dot == std::string::npos ? p : dot);
    mant.resize(13, '0');
    return new_str_ascii(head + "." + mant + s.substr(p));
}
Value float_get_real(const Value& v) { return float_pos(v); }
Value float_get_imag(const Value&) { return new_float(0.0); }

Value m_float_getformat(CallArgs&) { return new_str_ascii("IEEE, little-endian"); }

} // namespace

size_t interp_max_str_digits() { return kDefaultMaxStrDigits; }

void init_number_types() {
    int_type = new_builtin_type("int", object_type, kTypeBase);
    int_type->tp_new = int_new;
    int_type->tp_init = nullptr;
    int_type->repr = int_repr;
    int_type->hash = int_hash;
    int_type->richcmp = int_richcmp;
    int_type->truth = int_truth;
    int_type->unop[0] = int_neg;
    int_type->unop[1] = int_pos;
    int_type->unop[2] = int_invert;
#define LS_INT_SLOT(i) int_type->binop[i] = int_binop_slot<i>;
    LS_INT_SLOT(0) LS_INT_SLOT(1) LS_INT_SLOT(2) LS_INT_SLOT(4) LS_INT_SLOT(5) LS_INT_SLOT(6)
    LS_INT_SLOT(7) LS_INT_SLOT(8) LS_INT_SLOT(9) LS_INT_SLOT(10) LS_INT_SLOT(11) LS_INT_SLOT(12)
#undef LS_INT_SLOT

    bool_type = new_builtin_type("bool", int_type, 0);
    bool_type->tp_new = bool_new;
    bool_type->repr = bool_repr;
    bool_type->binop[static_cast<int>(BinOp::And)] = bool_bitop<BinOp::And>;
    bool_type->binop[static_cast<int>(BinOp::Or)] = bool_bitop<BinOp::Or>;
    bool_type->binop[static_cast<int>(BinOp::Xor)] = bool_bitop<BinOp::Xor>;
    Value t = make<IntObject>(bool_type, BigInt(1));
    Value f = make<IntObject>(bool_type, BigInt(0));
    True = t.release();
    False = f.release();
    True->rc = False->rc = 1u << 30;

    float_type = new_builtin_type("float", object_type, kTypeBase);
    float_type->tp_new = float_new;
    float_type->tp_init = nullptr;
    float_type->repr = float_repr_slot;
    float_type->hash = float_hash;
    float_type->richcmp = float_richcmp;
    float_type->truth = float_truth;
    float_type->unop[0] = float_neg;
    float_type->unop[1] = float_pos;
#define LS_FLOAT_SLOT(i) float_type->binop[i] = float_binop_slot<i>;
    LS_FLOAT_SLOT(0) LS_FLOAT_SLOT(1) LS_FLOAT_SLOT(2) LS_FLOAT_SLOT(4) LS_FLOAT_SLOT(5)
    LS_FLOAT_SLOT(6) LS_FLOAT_SLOT(7)
#undef LS_FLOAT_SLOT
}

void init_number_methods() {
    add_method(int_type, "bit_length", m_int_bit_length);
    add_method(int_type, "bit_count", m_int_bit_count);
    add_method(int_type, "to_bytes", m_int_to_bytes);
    add_classmethod(int_type, "from_bytes", m_int_from_bytes);
    add_method(int_type, "conjugate", m_int_conjugate);
    add_method(int_type, "__index__", m_int_index);
    add_method(int_type, "__int__", m_int_int);
    add_method(int_type, "__float__", m_int_float);
    add_method(int_type, "__round__", m_int_round);
    add_method(int_type, "__trunc__", m_int_trunc);
    add_method(int_type, "__floor__", m_int_trunc);
    add_method(int_type, "__ceil__", m_int_trunc);
    add_method(int_type, "__format__", m_int_format);
    add_method(int_type, "__getnewargs__", m_int_getnewargs);
    add_method(int_type, "as_integer_ratio", m_int_as_integer_ratio);
    add_getter(int_type, "real", int_get_real);
    add_getter(int_type, "imag", int_get_imag);
    add_getter(int_type, "numerator", int_get_numerator);
    add_getter(int_type, "denominator", int_get_denominator);
    add_method(bool_type, "__format__", m_int_format);

    add_method(float_type, "is_integer", m_float_is_integer);
    add_method(float_type, "as_integer_ratio", m_float_as_integer_ratio);
    add_method(float_type, "__round__", m_float_round);
    add_method(float_type, "__trunc__", m_float_trunc);
    add_method(float_type, "__floor__", m_float_floor);
    add_method(float_type, "__ceil__", m_float_ceil);
    add_method(float_type, "__int__", m_float_int);
    add_method(float_type, "__float__", m_float_float);
    add_method(float_type, "__format__", m_float_format);
    add_method(float_type, "conjugate", m_float_conjugate);
    add_method(float_type, "hex", m_float_hex);
    add_classmethod(float_type, "__getformat__", m_float_getformat);
    add_getter(float_type, "real", float_get_real);
    add_getter(float_type, "imag", float_get_imag);
}

} // namespace loopstep::py

namespace loopstep::py {

BigInt int_pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod) {
    return unwrap(BigInt::pow_mod(base, exp, mod));
}

BigInt index_value_big(const Value& v) {
    if (is_int(v)) return int_to_big(v);
    Value m = v.type()->lookup_value(intern("__index__"));
    if (!m.is_null()) {
        Value r = call(m, {v});
        if (is_int(r)) return int_to_big(r);
        raise_type_error(fmt("__index__ returned non-int (type %s)", type_name(r).c_str()));
    }
    raise_type_error(fmt("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
}

} // namespace loopstep::py
