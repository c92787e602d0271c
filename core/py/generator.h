// Generators, coroutines and async generators: each owns a suspended frame. Resuming one runs
// its frame in the eval loop until it yields, returns or raises; nothing of it stays on the C++
// stack in between. Async generators also carry the hooks asyncio installs (first iteration,
// finaliser), and their asend/athrow awaitables.
#pragma once

#include "core/py/frame.h"
#include "core/py/object.h"

namespace loopstep::py {

struct FunctionObject;

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };

// The exception being handled (sys.exc_info()): one item per running generator, linked.
struct ExcStackItem {
    Value exc; // None or null when no exception is being handled
    ExcStackItem* previous = nullptr;
};

struct GeneratorObject : Object {
    GeneratorObject(Type* t, GenKind k) : Object(t), kind(k) {}
    ~GeneratorObject() override;
    GenKind kind;
    Frame* frame = nullptr; // null once finished
    Value name;             // str
    Value qualname;         // str
    Value code;             // CodeObject (kept for repr after the frame is gone)
    ExcStackItem exc_state;
    bool started = false;
    bool running = false;
    bool closed = false;  // finished (returned or raised)
    bool awaited = false; // a coroutine someone awaited or resumed (no "never awaited" warning)
    // Async generators only.
    bool hooks_inited = false;
    bool running_async = false; // an asend/athrow is in progress ("already running")
    bool closing = false;       // aclose() started
    Value finalizer;            // the asyncgen finaliser hook captured at first iteration
    // Coroutines created in debug mode remember where they were created ("Coroutine created at").
    Value origin;
    // Where a coroutine was created, for the "never awaited" warning's location fallback.
    uint64_t serial = 0;
};

enum class GenStatus : uint8_t { Yielded, Returned };
struct GenResult {
    GenStatus status;
    Value value;
};

// send(value) / throw(exc); exceptions propagate as PyError.
GenResult gen_send(GeneratorObject* g, const Value& v);
GenResult gen_throw(GeneratorObject* g, const Value& exc);
void gen_close(GeneratorObject* g); // raises RuntimeError if it ignores GeneratorExit
// The object a suspended generator is delegating to with yield from / await, or null.
Value gen_yieldfrom(GeneratorObject* g);
Value new_generator(GenKind kind, Frame* f, FunctionObject* func);

// Async generator wrapper for `yield x` inside an async generator (ASYNC_GEN_WRAP).
struct AsyncGenWrappedValue : Object {
    AsyncGenWrappedValue(Type* t, Value v) : Object(t), value(std::move(v)) {}
    Value value;
};
Value async_gen_wrap(Value v);

Value async_gen_asend(GeneratorObject* g, Value v);
Value async_gen_athrow(GeneratorObject* g, Value exc); // null exc: aclose()

// The native "send" protocol for awaitables implemented in C++ (Future iterators, asend...):
// what SEND uses when the receiver is not a Python generator.
GenResult iter_send(const Value& receiver, const Value& v);

void init_generator_types();

} // namespace loopstep::py
