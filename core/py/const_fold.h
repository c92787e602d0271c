// Compile-time constant folding, as CPython 3.11's AST optimizer (Python/ast_opt.c) does it:
// constant operands of unary and binary operators and subscripts, and tuples of constants,
// become one constant. It matters beyond speed because a set display of three or more constants
// is built from a folded frozenset (and `for x in {...}` iterates one), and a set's iteration
// order depends on how its table was filled -- so folding exactly what CPython folds is what
// makes such sets print in CPython's order.
#pragma once

#include "core/py/ast.h"
#include "core/py/object.h"

#include <vector>

namespace loopstep::py {

// The value `e` folds to, or a null Value when CPython leaves it to run time: a name or call
// anywhere in it, an operation that raises (`1/0`), or a result past the optimizer's size
// limits (`2**200`, `"x" * 5000`).
Value fold_constant(const ast::Expr* e);

// The items of a display when every one folds (CPython's are_all_items_const), else empty.
std::vector<Value> fold_all(const std::vector<ast::Expr*>& elts);

} // namespace loopstep::py
