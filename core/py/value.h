// Value: the one handle the interpreter passes Python objects around with. It is a single word:
// either a small int inline (low bit set) or a pointer to a reference-counted Object. Copying a
// Value adds a reference and destroying it drops one, so finalisation happens exactly when the
// last reference goes, as in CPython (a never-awaited coroutine warns at that moment).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace loopstep::py {

struct Type;
struct Object;

void dealloc(Object* o); // object.cpp: runs the destructor and returns the memory

struct Object {
    uint32_t rc = 1;
    uint32_t alloc_size = 0; // bytes handed out by the allocator; set by make<>()
    Type* type;

    explicit Object(Type* t);
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    virtual ~Object();

    // Objects are created only through make<T>() / alloc_var<T>() and destroyed only through
    // dealloc().
    static void* operator new(size_t) = delete;
    static void* operator new(size_t, void* p) noexcept { return p; }
    static void operator delete(void*) {}
};

inline void incref(Object* o) noexcept {
    ++o->rc;
}
inline void decref(Object* o) noexcept {
    if (--o->rc == 0) dealloc(o);
}

// Small ints are kept inline when they fit in 62 bits plus sign, so arithmetic on them never
// allocates.
constexpr int64_t kSmallIntMax = (int64_t(1) << 61) - 1;
constexpr int64_t kSmallIntMin = -(int64_t(1) << 61);

class Value {
  public:
    Value() noexcept : bits_(0) {}
    Value(std::nullptr_t) noexcept : bits_(0) {}
    Value(const Value& o) noexcept : bits_(o.bits_) {
        if (is_obj()) incref(obj());
    }
    Value(Value&& o) noexcept : bits_(o.bits_) { o.bits_ = 0; }
    ~Value() {
        if (is_obj()) decref(obj());
    }
    Value& operator=(const Value& o) noexcept {
        Value tmp(o);
        std::swap(bits_, tmp.bits_);
        return *this;
    }
    Value& operator=(Value&& o) noexcept {
        if (this != &o) {
            Value tmp(std::move(o));
            std::swap(bits_, tmp.bits_);
        }
        return *this;
    }

    // A new reference to o (adds one).
    static Value borrow(Object* o) noexcept {
        Value v;
        v.bits_ = reinterpret_cast<uintptr_t>(o);
        if (o) incref(o);
        return v;
    }
    // Takes over a reference the caller owns (e.g. a fresh object with rc == 1).
    static Value steal(Object* o) noexcept {
        Value v;
        v.bits_ = reinterpret_cast<uintptr_t>(o);
        return v;
    }
    static Value small_int(int64_t i) noexcept {
        Value v;
        v.bits_ = (static_cast<uintptr_t>(i) << 1) | 1u;
        return v;
    }
    static bool fits_small(int64_t i) noexcept { return i >= kSmallIntMin && i <= kSmallIntMax; }

    bool is_null() const noexcept { return bits_ == 0; }
    explicit operator bool() const noexcept { return bits_ != 0; }
    bool is_small() const noexcept { return bits_ & 1u; }
    bool is_obj() const noexcept { return bits_ != 0 && !(bits_ & 1u); }
    int64_t small() const noexcept { return static_cast<int64_t>(bits_) >> 1; }
    Object* obj() const noexcept { return reinterpret_cast<Object*>(bits_); }
    template <class T>
    T* as() const noexcept {
        return static_cast<T*>(obj());
    }
    inline Type* type() const noexcept;

    // Gives up ownership without dropping the reference.
    Object* release() noexcept {
        Object* o = obj();
        bits_ = 0;
        return o;
    }
    uintptr_t bits() const noexcept { return bits_; }
    // Identity, as Python's `is`.
    bool is(const Value& o) const noexcept { return bits_ == o.bits_; }
    bool is(const Object* o) const noexcept { return bits_ == reinterpret_cast<uintptr_t>(o); }

  private:
    uintptr_t bits_;
};

extern Type* int_type; // defined with the built-in types

inline Type* Value::type() const noexcept {
    return is_small() ? int_type : obj()->type;
}

} // namespace loopstep::py
