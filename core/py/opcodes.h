// The instruction set, declared once: X(name, stack effect) where the effect is the net change
// of the value stack depth for the usual (non-jumping) path; `VAR` means it depends on the
// argument and is computed by stack_effect() in the compiler. Arguments are 24-bit unsigned;
// jump arguments are absolute instruction indexes.
#pragma once

#include <cstdint>

namespace loopstep::py {

constexpr int VAR = 1000;

#define LOOPSTEP_OPCODES(X)                                                                        \
    X(NOP, 0)                                                                                      \
    X(RESUME, 0) /* function entry: the first line event */                                        \
    X(POP_TOP, -1)                                                                                 \
    X(PUSH_NULL, 1)                                                                                \
    X(COPY, 1) /* push a copy of the n-th item (1 = top) */                                        \
    X(SWAP, 0) /* swap top with the n-th item */                                                   \
    X(LOAD_CONST, 1)                                                                               \
    X(LOAD_FAST, 1)                                                                                \
    X(STORE_FAST, -1)                                                                              \
    X(DELETE_FAST, 0)                                                                              \
    X(MAKE_CELL, 0)                                                                                \
    X(LOAD_CLOSURE, 1) /* push the cell itself, for MAKE_FUNCTION's closure tuple */               \
    X(LOAD_DEREF, 1)                                                                               \
    X(LOAD_CLASSDEREF, 1) /* class body: the class namespace first, then the cell */               \
    X(STORE_DEREF, -1)                                                                             \
    X(DELETE_DEREF, 0)                                                                             \
    X(LOAD_GLOBAL, 1)                                                                              \
    X(STORE_GLOBAL, -1)                                                                            \
    X(DELETE_GLOBAL, 0)                                                                            \
    X(LOAD_NAME, 1)                                                                                \
    X(STORE_NAME, -1)                                                                              \
    X(DELETE_NAME, 0)                                                                              \
    X(LOAD_ATTR, 0)                                                                                \
    X(STORE_ATTR, -2)                                                                              \
    X(DELETE_ATTR, -1)                                                                             \
    X(LOAD_METHOD, 1) /* obj -> meth self | NULL bound */                                          \
    X(BINARY_OP, -1)  /* arg: BinOp, +16 for the in-place form */                                  \
    X(UNARY_NEGATIVE, 0)                                                                           \
    X(UNARY_POSITIVE, 0)                                                                           \
    X(UNARY_INVERT, 0)                                                                             \
    X(UNARY_NOT, 0)                                                                                \
    X(COMPARE_OP, -1)  /* arg: CmpOp */                                                            \
    X(IS_OP, -1)       /* arg 1: is not */                                                         \
    X(CONTAINS_OP, -1) /* arg 1: not in */                                                         \
    X(BINARY_SUBSCR, -1)                                                                           \
    X(STORE_SUBSCR, -3)                                                                            \
    X(DELETE_SUBSCR, -2)                                                                           \
    X(BUILD_SLICE, VAR)                                                                            \
    X(BUILD_TUPLE, VAR)                                                                            \
    X(BUILD_LIST, VAR)                                                                             \
    X(BUILD_SET, VAR)                                                                              \
    X(BUILD_MAP, VAR)                                                                              \
    X(BUILD_STRING, VAR)                                                                           \
    X(LIST_APPEND, -1) /* arg: depth of the list below the item */                                 \
    X(SET_ADD, -1)                                                                                 \
    X(MAP_ADD, -2)                                                                                 \
    X(LIST_EXTEND, -1)                                                                             \
    X(SET_UPDATE, -1)                                                                              \
    X(DICT_UPDATE, -1)                                                                             \
    X(DICT_MERGE, -1) /* like DICT_UPDATE, but duplicate keys are an error (f(**a, **b)) */        \
    X(LIST_TO_TUPLE, 0)                                                                            \
    X(UNPACK_SEQUENCE, VAR)                                                                        \
    X(UNPACK_EX, VAR)    /* arg: before | after << 8 */                                            \
    X(FORMAT_VALUE, VAR) /* arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 has spec */       \
    X(JUMP, 0)                                                                                     \
    X(JUMP_BACKWARD, 0) /* a loop edge: where threads switch and budgets are checked */            \
    X(POP_JUMP_IF_FALSE, -1)                                                                       \
    X(POP_JUMP_IF_TRUE, -1)                                                                        \
    X(POP_JUMP_IF_NONE, -1)                                                                        \
    X(POP_JUMP_IF_NOT_NONE, -1)                                                                    \
    X(JUMP_IF_FALSE_OR_POP, VAR)                                                                   \
    X(JUMP_IF_TRUE_OR_POP, VAR)                                                                    \
    X(GET_ITER, 0)                                                                                 \
    X(FOR_ITER, 1) /* exhausted: pop the iterator and jump */                                      \
    X(GET_AITER, 0)                                                                                \
    X(GET_ANEXT, 1)                                                                                \
    X(END_ASYNC_FOR, -2) /* handler: StopAsyncIteration ends the loop, else re-raise */            \
    X(GET_AWAITABLE, 0)  /* arg: 0 await, 1 __aenter__, 2 __aexit__ (error wording) */             \
    X(GET_YIELD_FROM_ITER, 0)                                                                      \
    X(SEND, 0) /* receiver value -> receiver yielded | (jump) result */                            \
    X(YIELD_VALUE, 0)                                                                              \
    X(ASYNC_GEN_WRAP, 0)                                                                           \
    X(RETURN_VALUE, -1)                                                                            \
    X(RAISE_VARARGS, VAR)                                                                          \
    X(RERAISE, -1)      /* arg 1: restore the saved instruction offset below the exc */            \
    X(PUSH_EXC_INFO, 1) /* exc -> previous_exc exc */                                              \
    X(POP_EXCEPT, -1)                                                                              \
    X(CHECK_EXC_MATCH, 0)    /* exc type -> exc bool */                                            \
    X(CHECK_EG_MATCH, 0)     /* except*: eg type -> rest match */                                  \
    X(PREP_RERAISE_STAR, -1) /* original raised_list -> exc_or_None */                             \
    X(LOAD_ASSERTION_ERROR, 1)                                                                     \
    X(BEFORE_WITH, 1)       /* mgr -> exit enter_result */                                         \
    X(BEFORE_ASYNC_WITH, 1) /* mgr -> aexit awaitable_from_aenter */                               \
    X(WITH_EXCEPT_START, 1) /* exit lasti prev exc -> ... exc result */                            \
    X(MAKE_FUNCTION, VAR)   /* arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure */    \
    X(CALL, VAR)    /* arg: positional count; stack: callable_or_NULL self_or_callable args */     \
    X(CALL_KW, VAR) /* like CALL, with a tuple of keyword names on top */                          \
    X(CALL_FUNCTION_EX,                                                                            \
      VAR) /* arg 1: with a kwargs dict; stack: NULL callable args_tuple [kwargs] */               \
    X(LOAD_BUILD_CLASS, 1)                                                                         \
    X(SETUP_ANNOTATIONS, 0)                                                                        \
    X(IMPORT_NAME, -1) /* level fromlist -> module */                                              \
    X(IMPORT_FROM, 1)                                                                              \
    X(IMPORT_STAR, -1)                                                                             \
    X(COPY_FREE_VARS, 0)

enum Opcode : uint8_t {
#define LOOPSTEP_OP_ENUM(name, effect) OP_##name,
    LOOPSTEP_OPCODES(LOOPSTEP_OP_ENUM)
#undef LOOPSTEP_OP_ENUM
        OP_COUNT
};

const char* opcode_name(uint8_t op);
int opcode_stack_effect(uint8_t op); // VAR for argument-dependent ones

} // namespace loopstep::py
