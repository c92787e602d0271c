// Names of the exceptions the numeric layer reports, for callers and tests that print them.
#include "core/py/num_result.h"

namespace loopstep::py {

const char* num_error_kind_name(NumErrorKind kind) {
    switch (kind) {
    case NumErrorKind::None: return "";
    case NumErrorKind::ValueError: return "ValueError";
    case NumErrorKind::OverflowError: return "OverflowError";
    case NumErrorKind::ZeroDivisionError: return "ZeroDivisionError";
    case NumErrorKind::MemoryError: return "MemoryError";
    case NumErrorKind::TypeError: return "TypeError";
    case NumErrorKind::ComplexResult: return "ComplexResult";
    }
    return "";
}

} // namespace loopstep::py
