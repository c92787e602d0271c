// The math module: the functions scenario programs use, with CPython's results and its
// "math domain error" / "math range error" messages.
#include "core/py/error.h"
#include "core/py/function.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/module.h"
#include "core/py/modules/registry.h"
#include "core/py/str.h"
#include "core/py/tuple.h"

#include <cerrno>
#include <cmath>

namespace loopstep::py {

namespace {

double arg_d(CallArgs& a, size_t i) {
    const Value& v = a.args[i];
    if (is_float_like(v) || is_int(v)) return to_double(v);
    return to_double(v);
}

Value checked(double x, double r) {
    if (std::isnan(r) && !std::isnan(x)) raise_value_error("math domain error");
    if (std::isinf(r) && std::isfinite(x)) raise_overflow_error("math range error");
    return new_float(r);
}

template <double (*F)(double)>
Value unary(CallArgs& a) {
    if (a.nargs != 1) raise_type_error(fmt("math function takes exactly one argument (%zu given)", a.nargs));
    double x = arg_d(a, 0);
    return checked(x, F(x));
}

Value m_sqrt(CallArgs& a) {
    check_nargs(a, "sqrt", 1, 1);
    double x = arg_d(a, 0);
    if (x < 0) raise_value_error("math domain error");
    return new_float(std::sqrt(x));
}
Value m_floor(CallArgs& a) {
    check_nargs(a, "floor", 1, 1);
    if (is_int(a.args[0])) return new_int(int_to_big(a.args[0]));
    if (!is_float_like(a.args[0])) {
        Value m = a.args[0].type()->lookup_value(intern("__floor__"));
        if (!m.is_null()) return call(m, {a.args[0]});
    }
    return call_method(new_float(arg_d(a, 0)), intern("__floor__"), {});
}
Value m_ceil(CallArgs& a) {
    check_nargs(a, "ceil", 1, 1);
    if (is_int(a.args[0])) return new_int(int_to_big(a.args[0]));
    if (!is_float_like(a.args[0])) {
        Value m = a.args[0].type()->lookup_value(intern("__ceil__"));
        if (!m.is_null()) return call(m, {a.args[0]});
    }
    return call_method(new_float(arg_d(a, 0)), intern("__ceil__"), {});
}
Value m_trunc(CallArgs& a) {
    check_nargs(a, "trunc", 1, 1);
    return call_method(a.args[0], intern("__trunc__"), {});
}
Value m_log(CallArgs& a) {
    check_nargs(a, "log", 1, 2);
    auto lg = [](const Value& v) {
        if (is_int(v)) {
            BigInt b = int_to_big(v);
            if (b.sign() <= 0) raise_value_error("math domain error");
            // Large ints: log of the mantissa plus the exponent, as CPython does.
            uint64_t bits = b.bit_length();
            if (bits > 1000) {
                BigInt shifted = b.shifted_right(bits - 60);
                return std::log(static_cast<double>(shifted.to_int64())) + static_cast<double>(bits - 60) * std::log(2.0);
            }
        }
        double x = to_double(v);
        if (x <= 0) raise_value_error("math domain error");
        return std::log(x);
    };
    double r = lg(a.args[0]);
    if (a.nargs == 2) {
        double d = lg(a.args[1]);
        if (d == 0) raise_zero_division("float division by zero");
        r /= d;
    }
    return new_float(r);
}
Value m_log2(CallArgs& a) {
    check_nargs(a, "log2", 1, 1);
    double x = arg_d(a, 0);
    if (x <= 0) raise_value_error("math domain error");
    return new_float(std::log2(x));
}
Value m_log10(CallArgs& a) {
    check_nargs(a, "log10", 1, 1);
    double x = arg_d(a, 0);
    if (x <= 0) raise_value_error("math domain error");
    return new_float(std::log10(x));
}
Value m_pow(CallArgs& a) {
    check_nargs(a, "pow", 2, 2);
    double x = arg_d(a, 0), y = arg_d(a, 1);
    double r = std::pow(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) raise_value_error("math domain error");
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
        if (x == 0) raise_value_error("math domain error");
        raise_overflow_error("math range error");
    }
    return new_float(r);
}
Value m_fabs(CallArgs& a) { check_nargs(a, "fabs", 1, 1); return new_float(std::fabs(arg_d(a, 0))); }
Value m_isnan(CallArgs& a) { check_nargs(a, "isnan", 1, 1); return py_bool(std::isnan(arg_d(a, 0))); }
Value m_isinf(CallArgs& a) { check_nargs(a, "isinf", 1, 1); return py_bool(std::isinf(arg_d(a, 0))); }
Value m_isfinite(CallArgs& a) { check_nargs(a, "isfinite", 1, 1); return py_bool(std::isfinite(arg_d(a, 0))); }
Value m_isclose(CallArgs& a) {
    Value out[4];
    parse_args(a, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, out);
    double x = to_double(out[0]), y = to_double(out[1]);
    double rel = out[2].is_null() ? 1e-9 : to_double(out[2]);
    double abs_tol = out[3].is_null() ? 0.0 : to_double(out[3]);
    if (rel < 0 || abs_tol < 0) raise_value_error("tolerances must be non-negative");
    if (x == y) return py_bool(true);
    if (std::isinf(x) || std::isinf(y)) return py_bool(false);
    double diff = std::fabs(y - x);
    return py_bool((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || (diff <= abs_tol));
}
Value m_atan2(CallArgs& a) { check_nargs(a, "atan2", 2, 2); return new_float(std::atan2(arg_d(a, 0), arg_d(a, 1))); }
Value m_hypot(CallArgs& a) {
    double r = 0;
    for (size_t i = 0; i < a.nargs; ++i) r = std::hypot(r, arg_d(a, i));
    return new_float(r);
}
Value m_copysign(CallArgs& a) { check_nargs(a, "copysign", 2, 2); return new_float(std::copysign(arg_d(a, 0), arg_d(a, 1))); }
Value m_fmod(CallArgs& a) {
    check_nargs(a, "fmod", 2, 2);
    double x = arg_d(a, 0), y = arg_d(a, 1);
    if (y == 0 && !std::isnan(x)) raise_value_error("math domain error");
    return new_float(std::fmod(x, y));
}
Value m_modf(CallArgs& a) {
    check_nargs(a, "modf", 1, 1);
    double ip;
    double fp = std::modf(arg_d(a, 0), &ip);
    return new_tuple({new_float(fp), new_float(ip)});
}
Value m_degrees(CallArgs& a) { check_nargs(a, "degrees", 1, 1); return new_float(arg_d(a, 0) * (180.0 / M_PI)); }
Value m_radians(CallArgs& a) { check_nargs(a, "radians", 1, 1); return new_float(arg_d(a, 0) * (M_PI / 180.0)); }
Value m_gcd(CallArgs& a) {
    BigInt g(0);
    for (size_t i = 0; i < a.nargs; ++i) {
        if (!is_int(a.args[i]))
            raise_type_error(fmt("'%s' object cannot be interpreted as an integer", type_name(a.args[i]).c_str()));
        BigInt x = int_to_big(a.args[i]).abs();
        BigInt y = g;
        while (!x.is_zero()) {
            BigInt r = BigInt::mod(y, x).value;
            y = x;
            x = r;
        }
        g = y;
    }
    return new_int(g);
}
Value m_factorial(CallArgs& a) {
    check_nargs(a, "factorial", 1, 1);
    if (!is_int(a.args[0])) {
        if (is_float_like(a.args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
        raise_type_error(fmt("'%s' object cannot be interpreted as an integer", type_name(a.args[0]).c_str()));
    }
    int64_t n;
    if (!int_to_i64(a.args[0], n)) raise_overflow_error("factorial() argument should not exceed 9223372036854775807");
    if (n < 0) raise_value_error("factorial() not defined for negative values");
    BigInt r(1);
    for (int64_t i = 2; i <= n; ++i) r *= BigInt(i);
    return new_int(r);
}
Value m_comb(CallArgs& a) {
    check_nargs(a, "comb", 2, 2);
    int64_t n = index_value(a.args[0]), k = index_value(a.args[1]);
    if (n < 0) raise_value_error("n must be a non-negative integer");
    if (k < 0) raise_value_error("k must be a non-negative integer");
    if (k > n) return new_int(0);
    if (k > n - k) k = n - k;
    BigInt r(1);
    for (int64_t i = 1; i <= k; ++i) r = BigInt::floordiv(r * BigInt(n - k + i), BigInt(i)).value;
    return new_int(r);
}
Value m_perm(CallArgs& a) {
    check_nargs(a, "perm", 1, 2);
    int64_t n = index_value(a.args[0]);
    int64_t k = a.nargs > 1 && !is_none(a.args[1]) ? index_value(a.args[1]) : n;
    if (n < 0) raise_value_error("n must be a non-negative integer");
    if (k < 0) raise_value_error("k must be a non-negative integer");
    if (k > n) return new_int(0);
    BigInt r(1);
    for (int64_t i = 0; i < k; ++i) r *= BigInt(n - i);
    return new_int(r);
}
Value m_prod(CallArgs& a) {
    Value out[2];
    parse_args(a, "prod", {"iterable", "start"}, 1, out);
    Value acc = out[1].is_null() ? Value::small_int(1) : out[1];
    for (const Value& x : to_vector(out[0])) acc = binary_op(acc, x, BinOp::Mul);
    return acc;
}
Value m_fsum(CallArgs& a) {
    check_nargs(a, "fsum", 1, 1);
    // Shewchuk's exact summation, as math.fsum.
    std::vector<double> partials;
    for (const Value& v : to_vector(a.args[0])) {
        double x = to_double(v);
        size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        partials.push_back(x);
    }
    double total = 0.0;
    if (!partials.empty()) {
        size_t n = partials.size();
        total = partials[--n];
        while (n > 0) {
            double x = total, y = partials[--n];
            total = x + y;
            double yr = total - x;
            double lo = y - yr;
            if (lo != 0.0) {
                if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
                    y = lo * 2;
                    x = total + y;
                    yr = x - total;
                    if (y == yr) total = x;
                }
                break;
            }
        }
    }
    return new_float(total);
}

double exp_(double x) { return std::exp(x); }
double sin_(double x) { return std::sin(x); }
double cos_(double x) { return std::cos(x); }
double tan_(double x) { return std::tan(x); }
double asin_(double x) { return std::asin(x); }
double acos_(double x) { return std::acos(x); }
double atan_(double x) { return std::atan(x); }
double sinh_(double x) { return std::sinh(x); }
double cosh_(double x) { return std::cosh(x); }
double tanh_(double x) { return std::tanh(x); }
double log1p_(double x) { return std::log1p(x); }
double expm1_(double x) { return std::expm1(x); }

} // namespace

Value init_math_module(Interp&) {
    Value m = new_module("math");
    module_add(m, "pi", new_float(M_PI));
    module_add(m, "e", new_float(M_E));
    module_add(m, "tau", new_float(2 * M_PI));
    module_add(m, "inf", new_float(INFINITY));
    module_add(m, "nan", new_float(NAN));
    module_add_function(m, "sqrt", m_sqrt);
    module_add_function(m, "floor", m_floor);
    module_add_function(m, "ceil", m_ceil);
    module_add_function(m, "trunc", m_trunc);
    module_add_function(m, "log", m_log);
    module_add_function(m, "log2", m_log2);
    module_add_function(m, "log10", m_log10);
    module_add_function(m, "pow", m_pow);
    module_add_function(m, "fabs", m_fabs);
    module_add_function(m, "isnan", m_isnan);
    module_add_function(m, "isinf", m_isinf);
    module_add_function(m, "isfinite", m_isfinite);
    module_add_function(m, "isclose", m_isclose);
    module_add_function(m, "atan2", m_atan2);
    module_add_function(m, "hypot", m_hypot);
    module_add_function(m, "copysign", m_copysign);
    module_add_function(m, "fmod", m_fmod);
    module_add_function(m, "modf", m_modf);
    module_add_function(m, "degrees", m_degrees);
    module_add_function(m, "radians", m_radians);
    module_add_function(m, "gcd", m_gcd);
    module_add_function(m, "factorial", m_factorial);
    module_add_function(m, "comb", m_comb);
    module_add_function(m, "perm", m_perm);
    module_add_function(m, "prod", m_prod);
    module_add_function(m, "fsum", m_fsum);
    module_add_function(m, "exp", unary<exp_>);
    module_add_function(m, "sin", unary<sin_>);
    module_add_function(m, "cos", unary<cos_>);
    module_add_function(m, "tan", unary<tan_>);
    module_add_function(m, "asin", unary<asin_>);
    module_add_function(m, "acos", unary<acos_>);
    module_add_function(m, "atan", unary<atan_>);
    module_add_function(m, "sinh", unary<sinh_>);
    module_add_function(m, "cosh", unary<cosh_>);
    module_add_function(m, "tanh", unary<tanh_>);
    module_add_function(m, "log1p", unary<log1p_>);
    module_add_function(m, "expm1", unary<expm1_>);
    return m;
}

} // namespace loopstep::py
