// How native code raises Python exceptions: it throws PyError, carrying the exception object.
// The VM catches it at the instruction that called into native code and unwinds Python frames
// through their exception tables; Python-level `raise` never goes through C++ exceptions.
#pragma once

#include "core/py/object.h"

#include <exception>
#include <string>

namespace loopstep::py {

struct PyError : std::exception {
    Value exc; // a BaseException instance
    explicit PyError(Value e) : exc(std::move(e)) {}
    const char* what() const noexcept override { return "Python exception"; }
};

// The built-in exception classes (exceptions.cpp).
extern Type *BaseException_type, *Exception_type, *BaseExceptionGroup_type, *ExceptionGroup_type,
    *GeneratorExit_type, *KeyboardInterrupt_type, *SystemExit_type, *ArithmeticError_type,
    *ZeroDivisionError_type, *OverflowError_type, *FloatingPointError_type, *AssertionError_type,
    *AttributeError_type, *BufferError_type, *EOFError_type, *ImportError_type,
    *ModuleNotFoundError_type, *LookupError_type, *IndexError_type, *KeyError_type,
    *MemoryError_type, *NameError_type, *UnboundLocalError_type, *OSError_type, *TimeoutError_type,
    *ReferenceError_type, *RuntimeError_type, *NotImplementedError_type, *RecursionError_type,
    *StopIteration_type, *StopAsyncIteration_type, *SyntaxError_type, *IndentationError_type,
    *TabError_type, *SystemError_type, *TypeError_type, *ValueError_type, *UnicodeError_type,
    *UnicodeDecodeError_type, *UnicodeEncodeError_type, *Warning_type, *UserWarning_type,
    *DeprecationWarning_type, *PendingDeprecationWarning_type, *SyntaxWarning_type,
    *RuntimeWarning_type, *FutureWarning_type, *ImportWarning_type, *UnicodeWarning_type,
    *BytesWarning_type, *ResourceWarning_type, *EncodingWarning_type, *ConnectionError_type,
    *BrokenPipeError_type, *FileNotFoundError_type, *PermissionError_type, *InterruptedError_type,
    *ChildProcessError_type, *ProcessLookupError_type, *IsADirectoryError_type,
    *NotADirectoryError_type, *FileExistsError_type, *BlockingIOError_type,
    *ConnectionResetError_type, *ConnectionRefusedError_type, *ConnectionAbortedError_type;

// Builds an exception instance of `type` with a single str argument.
Value new_exception(Type* type, std::string_view msg);
Value new_exception(Type* type, std::initializer_list<Value> args);

[[noreturn]] void raise(Value exc);
[[noreturn]] void raise(Type* type, std::string_view msg);
[[noreturn]] void raise_type_error(std::string_view msg);
[[noreturn]] void raise_value_error(std::string_view msg);
[[noreturn]] void raise_index_error(std::string_view msg);
[[noreturn]] void raise_key_error(const Value& key);
[[noreturn]] void raise_attribute_error(const Value& obj, StrObject* name);
[[noreturn]] void raise_overflow_error(std::string_view msg);
[[noreturn]] void raise_zero_division(std::string_view msg);
[[noreturn]] void raise_runtime_error(std::string_view msg);
[[noreturn]] void raise_stop_iteration(Value v);
[[noreturn]] void raise_memory_error();

// printf-style convenience for messages.
std::string fmt(const char* f, ...) __attribute__((format(printf, 1, 2)));

// True when the exception object is an instance of the given class.
bool exc_matches(const Value& exc, Type* cls);

} // namespace loopstep::py
