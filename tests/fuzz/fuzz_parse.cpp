// libFuzzer target for the front end of the interpreter: the tokenizer and the parser must
// turn any bytes into tokens, a tree or an error report, without crashing, hanging or
// overflowing the stack. Built only with -DLOOPSTEP_FUZZ=ON (clang); run through CTest's
// `fuzz` label.
#include "core/py/lexer.h"
#include "core/py/parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view source(reinterpret_cast<const char*>(data), size);
    loopstep::py::TokenizeResult tokens = loopstep::py::tokenize(source, "fuzz.py");
    (void)tokens;
    loopstep::py::ParseResult r = loopstep::py::parse(source, "fuzz.py");
    if (r.ok()) {
        (void)loopstep::py::find_unsupported(*r.module, source, "fuzz.py");
        // ast::dump recurses; CPython's compiler refuses trees deeper than this anyway.
        if (loopstep::py::nesting_depth(*r.module) < 3000) (void)loopstep::py::ast::dump(*r.module);
    }
    return 0;
}
