// Names of the Python exceptions that LibError can stand for.
#include "core/py/lib/lib_error.h"

namespace loopstep::py {

const char* py_error_type_name(PyErrorType type) {
    switch (type) {
    case PyErrorType::ValueError: return "ValueError";
    case PyErrorType::TypeError: return "TypeError";
    case PyErrorType::IndexError: return "IndexError";
    case PyErrorType::OverflowError: return "OverflowError";
    case PyErrorType::ZeroDivisionError: return "ZeroDivisionError";
    case PyErrorType::OSError: return "OSError";
    }
    return "Exception";
}

} // namespace loopstep::py
