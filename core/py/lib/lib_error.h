// The error that the standard-library building blocks in core/py/lib raise. They know nothing of
// the interpreter's object model, so an error carries the name of the Python exception to raise
// and CPython's exact message; the module bindings turn it into that exception.
#pragma once

#include <stdexcept>
#include <string>

namespace loopstep::py {

enum class PyErrorType {
    ValueError,
    TypeError,
    IndexError,
    OverflowError,
    ZeroDivisionError,
    OSError
};

// The Python name of the exception class, e.g. "ValueError".
const char* py_error_type_name(PyErrorType type);

class LibError : public std::runtime_error {
  public:
    LibError(PyErrorType type, const std::string& message, int os_errno = 0)
        : std::runtime_error(message), type_(type), os_errno_(os_errno) {}

    PyErrorType type() const { return type_; }
    // For OSError: the errno (CPython prints "[Errno 75] Value too large ..."); otherwise 0.
    int os_errno() const { return os_errno_; }

  private:
    PyErrorType type_;
    int os_errno_;
};

} // namespace loopstep::py
