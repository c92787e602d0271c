// Native callers of the warnings module; see warnings.h. The module itself is written in Python
// (stdlib/warnings.py) like CPython's, so a program's own filters and hooks behave the same.
#include "core/py/warnings.h"

#include "core/py/error.h"
#include "core/py/int.h"
#include "core/py/interp.h"
#include "core/py/str.h"

namespace loopstep::py {

void warn(Type* category, std::string_view message, int stacklevel) {
    Value mod = interp().import_module("warnings");
    Value f = getattr(mod, "warn");
    Value args[] = {new_str(message), Value::borrow(category), Value::small_int(stacklevel)};
    CallArgs a;
    a.args = args;
    a.nargs = 3;
    call(f, a);
}

void warn_unawaited_coroutine(const Value& coro) {
    Value mod = interp().import_module("warnings");
    Value f = getattr(mod, "_warn_unawaited_coroutine");
    call(f, {coro});
}

} // namespace loopstep::py
