// Allocation and destruction of every Python object. Objects come from size-class free lists
// (interpreters allocate and free millions of small objects: frames, floats, tuples, bound
// methods) and are destroyed without C++ recursion depth limits: a long chain of objects
// (a deeply nested list, a linked list of nodes) is freed iteratively, as CPython's "trashcan"
// does, so dropping it cannot overflow the C++ stack.
#include "core/py/object.h"

#include "core/py/type.h"
#include "core/py/weakref.h"

#include <cstdlib>
#include <mutex>
#include <new>
#include <vector>

namespace loopstep::py {

namespace {

constexpr size_t kGranule = 16;
constexpr size_t kMaxPooled = 512;
constexpr size_t kClasses = kMaxPooled / kGranule;

struct FreeNode {
    FreeNode* next;
};

// What threads that ended left behind. Their chunks cannot be freed: objects made on one thread
// outlive it (the built-in types' namespaces are made by the first interpreter's thread and used
// by every later one; an object freed on another thread sits in that thread's free list). So a
// thread's chunks and free slots go here when it ends, and new threads take the slots first.
struct Orphans {
    std::mutex mutex;
    FreeNode* free[kClasses + 1] = {};
    std::vector<void*> chunks; // kept reachable, never freed
};
Orphans& orphans() {
    static auto* o = new Orphans;
    return *o;
}

struct Pool {
    FreeNode* free[kClasses + 1] = {};
    std::vector<void*> chunks;
    ~Pool() {
        Orphans& o = orphans();
        std::lock_guard lock(o.mutex);
        for (size_t c = 0; c <= kClasses; ++c) {
            if (!free[c]) continue;
            FreeNode* tail = free[c];
            while (tail->next) tail = tail->next;
            tail->next = o.free[c];
            o.free[c] = free[c];
        }
        o.chunks.insert(o.chunks.end(), chunks.begin(), chunks.end());
    }
};

thread_local Pool tl_pool;
thread_local AllocStats tl_stats;

void refill(size_t cls) {
    {
        Orphans& o = orphans();
        std::lock_guard lock(o.mutex);
        if (o.free[cls]) {
            tl_pool.free[cls] = o.free[cls];
            o.free[cls] = nullptr;
            return;
        }
    }
    size_t size = cls * kGranule;
    size_t count = size <= 128 ? 256 : 64;
    char* chunk = static_cast<char*>(std::malloc(size * count));
    if (!chunk) throw std::bad_alloc();
    tl_pool.chunks.push_back(chunk);
    for (size_t i = 0; i < count; ++i) {
        auto* n = reinterpret_cast<FreeNode*>(chunk + i * size);
        n->next = tl_pool.free[cls];
        tl_pool.free[cls] = n;
    }
}

// Objects whose last reference went while another destruction was already deep in progress.
constexpr uint32_t kHasIdBit = 0x80000000u;
constexpr uint32_t kFinalizedBit = 0x40000000u;
constexpr uint32_t kHasWeakrefsBit = 0x20000000u;
constexpr uint32_t kSizeMask = 0x1FFFFFFFu;

thread_local std::vector<Object*> tl_deferred;
thread_local int tl_dealloc_depth = 0;
constexpr int kMaxDeallocDepth = 64;

} // namespace

AllocStats& alloc_stats() {
    return tl_stats;
}

void* object_alloc(size_t size, uint32_t* out_size) {
    size_t cls = (size + kGranule - 1) / kGranule;
    tl_stats.live_bytes += cls * kGranule;
    ++tl_stats.live_objects;
    if (cls <= kClasses) {
        if (!tl_pool.free[cls]) refill(cls);
        FreeNode* n = tl_pool.free[cls];
        tl_pool.free[cls] = n->next;
        *out_size = static_cast<uint32_t>(cls * kGranule);
        return n;
    }
    void* p = std::malloc(cls * kGranule);
    if (!p) throw std::bad_alloc();
    *out_size = static_cast<uint32_t>(cls * kGranule);
    return p;
}

void object_free(void* p, uint32_t size) {
    tl_stats.live_bytes -= size;
    --tl_stats.live_objects;
    size_t cls = size / kGranule;
    if (cls <= kClasses) {
        auto* n = static_cast<FreeNode*>(p);
        n->next = tl_pool.free[cls];
        tl_pool.free[cls] = n;
    } else {
        std::free(p);
    }
}

Object::Object(Type* t) : type(t) {
    if (t) incref(t);
}

Object::~Object() {
    if (type) decref(type);
}

static void destroy_now(Object* o) {
    if (o->alloc_size & kHasWeakrefsBit) clear_weakrefs(o);
    if (o->alloc_size & kHasIdBit) forget_object_id(o);
    uint32_t size = o->alloc_size & kSizeMask;
    o->~Object();
    object_free(o, size);
}

void dealloc(Object* o) {
    if (o->type && o->type->finalize && !(o->alloc_size & kFinalizedBit)) {
        // Finalisers (generator close, "never awaited" warnings) run once, on a live object.
        o->alloc_size |= kFinalizedBit;
        o->rc = 1;
        o->type->finalize(o);
        if (--o->rc != 0) return; // resurrected
    }
    if (tl_dealloc_depth >= kMaxDeallocDepth) {
        tl_deferred.push_back(o);
        return;
    }
    ++tl_dealloc_depth;
    destroy_now(o);
    if (tl_dealloc_depth == 1) {
        while (!tl_deferred.empty()) {
            Object* d = tl_deferred.back();
            tl_deferred.pop_back();
            destroy_now(d);
        }
    }
    --tl_dealloc_depth;
}

} // namespace loopstep::py
