// How the numeric layer reports a Python exception without knowing about Python objects: a
// function returns a value or a NumError naming the exception class and CPython's exact message,
// and the VM turns that into a raised exception. The numeric code stays free of the object model
// (and of C++ exceptions) so it can be tested on its own and called from the VM's hot paths.
#pragma once

#include <string>
#include <utility>

namespace loopstep::py {

enum class NumErrorKind {
    None,
    ValueError,
    OverflowError,
    ZeroDivisionError,
    MemoryError,
    TypeError,
    // Not an exception: a float power whose real result does not exist (negative base, fractional
    // exponent). CPython answers with a complex number; the caller decides what to do.
    ComplexResult,
};

// The Python name of the exception class, e.g. "ValueError" ("" for None).
const char* num_error_kind_name(NumErrorKind kind);

struct NumError {
    NumErrorKind kind = NumErrorKind::None;
    std::string message;

    explicit operator bool() const { return kind != NumErrorKind::None; }
};

// A value or an error. The value is default-constructed when there is an error.
template <class T>
struct NumResult {
    T value{};
    NumError error;

    NumResult() = default;
    NumResult(T v) : value(std::move(v)) {}
    NumResult(NumError e) : error(std::move(e)) {}

    bool ok() const { return error.kind == NumErrorKind::None; }
};

inline NumError num_error(NumErrorKind kind, std::string message) {
    return NumError{kind, std::move(message)};
}

} // namespace loopstep::py
