// Allocation and destruction of every Python object. Objects come from size-class free lists
// (interpreters allocate and free millions of small objects: frames, floats, tuples, bound
// methods) and are destroyed without C++ recursion depth limits: a long chain of objects
// (a deeply nested list, a linked list of nodes) is freed iteratively, as CPython's "trashcan"
// does, so dropping it cannot overflow the C++ stack. Each thread has its own free lists; when a
// thread ends, the next one takes them over (objects may outlive the thread that made them).
#include "core/py/object.h"

#include "core/py/type.h"
#include "core/py/weakref.h"

#include <atomic>
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

struct PoolLists {
    FreeNode* free[kClasses + 1] = {};
    std::vector<void*> chunks;
};

// The pools of threads that have ended. Their chunks are never freed: objects made by one
// interpreter thread can outlive it (the built-in types and None, True... that the first
// interpreter creates and every later one shares), so the next thread to need memory adopts
// them, free lists and all. Never destroyed, so threads ending during exit can still hand over.
std::mutex& orphans_mutex() {
    static auto* m = new std::mutex;
    return *m;
}
std::vector<PoolLists>& orphans() {
    static auto* v = new std::vector<PoolLists>;
    return *v;
}
std::atomic<bool> have_orphans{false};

struct Pool : PoolLists {
    ~Pool() {
        std::lock_guard<std::mutex> lock(orphans_mutex());
        orphans().push_back(std::move(static_cast<PoolLists&>(*this)));
        have_orphans = true;
    }

    void adopt_orphans() {
        std::lock_guard<std::mutex> lock(orphans_mutex());
        for (PoolLists& o : orphans()) {
            for (size_t cls = 0; cls <= kClasses; ++cls) {
                while (FreeNode* n = o.free[cls]) {
                    o.free[cls] = n->next;
                    n->next = free[cls];
                    free[cls] = n;
                }
            }
            chunks.insert(chunks.end(), o.chunks.begin(), o.chunks.end());
        }
        orphans().clear();
        have_orphans = false;
    }
};

thread_local Pool tl_pool;
thread_local AllocStats tl_stats;

void refill(size_t cls) {
    if (have_orphans) {
        tl_pool.adopt_orphans();
        if (tl_pool.free[cls]) return;
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
