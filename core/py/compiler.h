// The compiler: AST to code objects. It follows CPython 3.11's code generation closely where the
// result is observable — which instruction carries which source range (tracebacks print carets
// from them), comprehensions as nested functions (`in <listcomp>`), the order in which
// decorators, defaults and arguments are evaluated, how try/finally and with unwind on return
// and break — and reports the errors CPython's compiler reports, plus constructs loopstep does
// not run, before anything executes.
#pragma once

#include "core/py/ast.h"
#include "core/py/object.h"
#include "core/py/source.h"
#include "core/py/syntax_error.h"

#include <memory>
#include <optional>

namespace loopstep::py {

struct CompileResult {
    Value code; // CodeObject of the module, when compilation succeeded
    std::optional<SyntaxError> error;
};

CompileResult compile_module(const ast::Module& mod, std::shared_ptr<const SourceFile> src);

// Lexes, parses and compiles source text in one step.
CompileResult compile_source(std::shared_ptr<const SourceFile> src);

} // namespace loopstep::py
