// Python float operations whose answers are not plain IEEE arithmetic: floor division and
// modulo (the result takes the divisor's sign, with CPython's treatment of -0.0, inf and nan),
// ** with its special cases, round() to an int or to n digits (correctly rounded through the
// decimal string, so round(2.675, 2) == 2.67), float(str), int ** negative int, is_integer and
// as_integer_ratio. Each reports CPython's exception and message when Python would raise.
#pragma once

#include "core/py/bigint.h"
#include "core/py/num_result.h"
#include "core/py/unicode_digits.h"

#include <cstdint>
#include <string_view>
#include <utility>

namespace loopstep::py {

// a / b: ZeroDivisionError "float division by zero".
NumResult<double> float_truediv(double a, double b);
// a // b: ZeroDivisionError "float floor division by zero".
NumResult<double> float_floordiv(double a, double b);
// a % b: ZeroDivisionError "float modulo".
NumResult<double> float_mod(double a, double b);
// divmod(a, b): ZeroDivisionError "float divmod()".
NumResult<std::pair<double, double>> float_divmod(double a, double b);

// a ** b for floats: ZeroDivisionError "0.0 cannot be raised to a negative power", OverflowError
// "(34, 'Numerical result out of range')", and NumErrorKind::ComplexResult for a negative base
// with a non-integer exponent (CPython returns a complex number there).
NumResult<double> float_pow(double a, double b);

// int ** int with a negative exponent: CPython converts both to float (OverflowError "int too
// large to convert to float") and takes the float power.
NumResult<double> int_pow_to_float(const BigInt& base, const BigInt& exp);

// round(x): half to even, as an int. OverflowError "cannot convert float infinity to integer",
// ValueError "cannot convert float NaN to integer".
NumResult<BigInt> float_round_to_int(double x);

// round(x, ndigits) for any ndigits (negative rounds to tens, hundreds, ...): the correctly
// rounded decimal value, read back as a float. OverflowError "rounded value too large to
// represent" when rounding up leaves the float range.
NumResult<double> float_round(double x, std::int64_t ndigits);

// float(text) for a str: surrounding whitespace, sign, digits with single underscores between
// them, an exponent, "inf", "infinity" and "nan" in any case; Unicode digits and spaces as
// CPython accepts them. ValueError "could not convert string to float: " + repr(text).
NumResult<double> parse_float(std::string_view text, ReprFn repr = basic_str_repr);

// float.is_integer()
bool float_is_integer(double x);

// float.as_integer_ratio(): OverflowError "cannot convert Infinity to integer ratio",
// ValueError "cannot convert NaN to integer ratio".
NumResult<std::pair<BigInt, BigInt>> float_as_integer_ratio(double x);

} // namespace loopstep::py
