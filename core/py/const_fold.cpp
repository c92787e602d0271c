// Compile-time constant folding; see const_fold.h. The operations themselves are the run-time
// ones (binary_op, unary_op, getitem), so a folded value is exactly what the program would have
// computed; the safe_* guards are ast_opt.c's, which keep the compiler from building huge
// constants and decide which expressions stay unfolded.
#include "core/py/const_fold.h"

#include "core/py/bytes.h"
#include "core/py/error.h"
#include "core/py/int.h"
#include "core/py/set.h"
#include "core/py/str.h"
#include "core/py/tuple.h"

#include <cstdint>

namespace loopstep::py {

using ast::Constant;
using ast::ConstantKind;
using ast::Expr;
using ast::ExprContext;
using ast::ExprKind;
using ast::Operator;
using ast::Subscript;
using ast::Tuple;
using ast::UnaryOpKind;

namespace {

// ast_opt.c's limits.
constexpr uint64_t kMaxIntBits = 128;
constexpr int64_t kMaxCollectionSize = 256;
constexpr int64_t kMaxStrSize = 4096;
constexpr int64_t kMaxTotalItems = 1024;

bool nonzero_int(const Value& v) {
    return is_int(v) && !int_to_big(v).is_zero();
}

uint64_t int_bits(const Value& v) {
    return int_to_big(v).bit_length();
}

// A non-negative int that fits in int64_t (PyLong_AsSize_t succeeding), else -1.
int64_t as_size(const Value& v) {
    int64_t n;
    if (!int_to_i64(v, n) || n < 0) return -1;
    return n;
}

bool is_collection(const Value& v) {
    return is_tuple(v) || is_frozenset(v);
}

int64_t collection_size(const Value& v) {
    return is_tuple(v) ? static_cast<int64_t>(as_tuple(v)->n) : as_set(v)->used;
}

// check_complexity: what is left of `limit` after counting the items of nested tuples and
// frozensets; negative when the constant would be too big to repeat.
int64_t remaining_complexity(const Value& v, int64_t limit) {
    if (is_tuple(v)) {
        TupleObject* t = as_tuple(v);
        limit -= static_cast<int64_t>(t->n);
        for (size_t i = 0; limit >= 0 && i < t->n; ++i)
            limit = remaining_complexity((*t)[i], limit);
    } else if (is_frozenset(v)) {
        SetObject* s = as_set(v);
        limit -= s->used;
        for (size_t i = 0; limit >= 0 && i < s->table.size(); ++i)
            if (!s->table[i].key.is_null()) limit = remaining_complexity(s->table[i].key, limit);
    }
    return limit;
}

// safe_multiply: false when the product is too large to fold.
bool multiply_is_small(const Value& v, const Value& w) {
    if (nonzero_int(v) && nonzero_int(w)) return int_bits(v) + int_bits(w) <= kMaxIntBits;
    if (is_int(v) && is_collection(w)) {
        int64_t size = collection_size(w);
        if (size == 0) return true;
        int64_t n;
        if (!int_to_i64(v, n) || n < 0 || n > kMaxCollectionSize / size) return false;
        return n == 0 || remaining_complexity(w, kMaxTotalItems / n) >= 0;
    }
    if (is_int(v) && (is_str(w) || is_bytes(w))) {
        int64_t size =
            is_str(w) ? as_str(w)->length : static_cast<int64_t>(w.as<BytesObject>()->data.size());
        if (size == 0) return true;
        int64_t n;
        return int_to_i64(v, n) && n >= 0 && n <= kMaxStrSize / size;
    }
    if (is_int(w) && (is_collection(v) || is_str(v) || is_bytes(v))) return multiply_is_small(w, v);
    return true;
}

// safe_power and safe_lshift: false when the int result would be too large to fold.
bool power_is_small(const Value& v, const Value& w) {
    if (!nonzero_int(v) || !is_int(w) || int_to_big(w).is_zero() || int_to_big(w).is_negative())
        return true;
    int64_t wbits = as_size(w);
    if (wbits < 0) return false;
    return int_bits(v) <= kMaxIntBits / static_cast<uint64_t>(wbits);
}

bool lshift_is_small(const Value& v, const Value& w) {
    if (!nonzero_int(v) || !nonzero_int(w)) return true;
    int64_t wbits = as_size(w);
    if (wbits < 0) return false;
    uint64_t shift = static_cast<uint64_t>(wbits);
    return shift <= kMaxIntBits && int_bits(v) <= kMaxIntBits - shift;
}

Value literal(const Constant* c) {
    switch (c->value_kind) {
    case ConstantKind::None: return none();
    case ConstantKind::True: return py_bool(true);
    case ConstantKind::False: return py_bool(false);
    case ConstantKind::Ellipsis: return Value::borrow(Ellipsis);
    case ConstantKind::Int: return int_from_string(ast::int_literal_to_decimal(c->text), 10);
    case ConstantKind::Float: return new_float(c->number);
    case ConstantKind::Complex: return Value(); // loopstep has no complex numbers
    case ConstantKind::Str: return new_str(c->text);
    case ConstantKind::Bytes: return new_bytes(c->text);
    }
    return Value();
}

BinOp binop_of(Operator op) {
    switch (op) {
    case Operator::Add: return BinOp::Add;
    case Operator::Sub: return BinOp::Sub;
    case Operator::Mult: return BinOp::Mul;
    case Operator::MatMult: return BinOp::MatMul;
    case Operator::Div: return BinOp::TrueDiv;
    case Operator::Mod: return BinOp::Mod;
    case Operator::Pow: return BinOp::Pow;
    case Operator::LShift: return BinOp::LShift;
    case Operator::RShift: return BinOp::RShift;
    case Operator::BitOr: return BinOp::Or;
    case Operator::BitXor: return BinOp::Xor;
    case Operator::BitAnd: return BinOp::And;
    case Operator::FloorDiv: return BinOp::FloorDiv;
    }
    return BinOp::Add;
}

Value fold_binop(const ast::BinOp* b) {
    Value lv = fold_constant(b->left);
    if (lv.is_null()) return Value();
    Value rv = fold_constant(b->right);
    if (rv.is_null()) return Value();
    BinOp op = binop_of(b->op);
    switch (op) {
    case BinOp::MatMul: return Value();
    case BinOp::Mul:
        if (!multiply_is_small(lv, rv)) return Value();
        break;
    case BinOp::Mod:
        // `"%s" % x` is left to run time, where its errors point at the program.
        if (is_str(lv) || is_bytes(lv)) return Value();
        break;
    case BinOp::Pow:
        if (!power_is_small(lv, rv)) return Value();
        break;
    case BinOp::LShift:
        if (!lshift_is_small(lv, rv)) return Value();
        break;
    default: break;
    }
    return binary_op(lv, rv, op);
}

Value fold_unaryop(const ast::UnaryOp* u) {
    Value v = fold_constant(u->operand);
    if (v.is_null()) return Value();
    switch (u->op) {
    case UnaryOpKind::Not: return py_bool(!truthy(v));
    case UnaryOpKind::Invert: return unary_op(v, UnOp::Invert);
    case UnaryOpKind::UAdd: return unary_op(v, UnOp::Pos);
    case UnaryOpKind::USub: return unary_op(v, UnOp::Neg);
    }
    return Value();
}

Value fold(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Constant: return literal(e->as<Constant>());
    case ExprKind::UnaryOp: return fold_unaryop(e->as<ast::UnaryOp>());
    case ExprKind::BinOp: return fold_binop(e->as<ast::BinOp>());
    case ExprKind::Tuple: {
        auto* t = e->as<Tuple>();
        if (t->ctx != ExprContext::Load) return Value();
        std::vector<Value> items = fold_all(t->elts);
        if (items.size() != t->elts.size()) return Value();
        return new_tuple(std::move(items));
    }
    case ExprKind::Subscript: {
        auto* s = e->as<Subscript>();
        if (s->ctx != ExprContext::Load) return Value();
        Value v = fold_constant(s->value);
        if (v.is_null()) return Value();
        Value k = fold_constant(s->slice);
        if (k.is_null()) return Value();
        return getitem(v, k);
    }
    default: return Value();
    }
}

} // namespace

Value fold_constant(const Expr* e) {
    try {
        return fold(e);
    } catch (PyError&) {
        // CPython's make_const: an operation that raises is simply not folded.
        return Value();
    }
}

std::vector<Value> fold_all(const std::vector<Expr*>& elts) {
    std::vector<Value> items;
    items.reserve(elts.size());
    for (const Expr* x : elts) {
        Value v = fold_constant(x);
        if (v.is_null()) return {};
        items.push_back(std::move(v));
    }
    return items;
}

} // namespace loopstep::py
