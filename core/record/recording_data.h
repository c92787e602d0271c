// What a Recording holds, shared by the recorder that fills it, the machine that replays it and
// the queries that read it. Not part of the API the app sees (recording.h): everything here is
// reached through Recording's methods, by id and index.
#pragma once

#include "core/record/events.h"
#include "core/record/machine.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <unordered_map>
#include <vector>

namespace loopstep::record {

// Events in fixed blocks, so that appending never copies what is recorded already and the
// memory grows by one block at a time. A block is 2 MB, one huge page where the kernel gives
// them on request: recording millions of events otherwise spends much of its time in page
// faults on fresh 4 KB pages.
class EventStore {
  public:
    static constexpr size_t kBlockBits = 16;
    static constexpr size_t kBlockSize = size_t(1) << kBlockBits;
    static constexpr size_t kBlockBytes = kBlockSize * sizeof(Event);

    Event& append() {
        if ((size_ & (kBlockSize - 1)) == 0) blocks_.push_back(new_block(kBlockSize));
        return blocks_.back()[size_++ & (kBlockSize - 1)];
    }
    const Event& operator[](size_t i) const {
        return blocks_[i >> kBlockBits][i & (kBlockSize - 1)];
    }
    Event& operator[](size_t i) { return blocks_[i >> kBlockBits][i & (kBlockSize - 1)]; }
    size_t size() const { return size_; }
    size_t bytes() const { return bytes_ ? bytes_ : blocks_.size() * kBlockSize * sizeof(Event); }
    // Once recording is over: the last block shrinks to what it holds.
    void shrink() {
        size_t used = size_ & (kBlockSize - 1);
        if (used) {
            Block last = new_block(used);
            std::copy(blocks_.back().get(), blocks_.back().get() + used, last.get());
            blocks_.back() = std::move(last);
        }
        bytes_ = size_ * sizeof(Event);
    }

  private:
    struct FreeBlock {
        void operator()(Event* p) const { std::free(p); }
    };
    using Block = std::unique_ptr<Event[], FreeBlock>;
    static Block new_block(size_t events) {
        size_t bytes = events * sizeof(Event);
        void* p =
            bytes == kBlockBytes ? std::aligned_alloc(kBlockBytes, bytes) : std::malloc(bytes);
        if (!p) throw std::bad_alloc();
        if (bytes == kBlockBytes) madvise(p, bytes, MADV_HUGEPAGE);
        return Block(static_cast<Event*>(p));
    }
    std::vector<Block> blocks_;
    size_t size_ = 0;
    size_t bytes_ = 0; // set by shrink()
};

// Strings by id: one buffer and an offset per string. The map exists only while recording.
class StringTable {
  public:
    StringTable() { intern(""); }
    StrId intern(std::string_view s);
    std::string_view get(StrId id) const {
        return std::string_view(text_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
    }
    size_t size() const { return offsets_.size() - 1; }
    void freeze() { index_ = {}; }
    size_t bytes() const { return text_.size() + offsets_.size() * sizeof(uint32_t); }

  private:
    std::string text_;
    std::vector<uint32_t> offsets_{0};
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, StrId, Hash, std::equal_to<>> index_;
};

struct TaskRecord {
    StrId name = 0;
    StrId coro = 0;
    TaskId parent = 0;
    FutureId future = 0;
    int32_t line = 0;        // where create_task (or ensure_future...) was called
    uint64_t created_at = 0; // event index
    StrId file = 0;
};

struct HandleRecord {
    StrId label = 0;
    TaskId task = 0; // the task whose __step / __wakeup this is
    bool timer = false;
    double when = 0;
};

struct FrameRecord {
    StrId function = 0;
    StrId file = 0;
};

struct SyncRecord {
    SyncKind kind = SyncKind::Lock;
    SyncId lock = 0;
    int32_t line = 0;
    int64_t initial = 0;
    uint64_t created_at = 0;
};

struct ThreadRecord {
    StrId name = 0;
};

// A callback's extent in the event stream.
struct CallbackRecord {
    uint64_t start = 0; // index of its CallbackStart
    uint64_t end = 0;   // index of its CallbackEnd (or the last event, if the run stopped inside)
};

struct OutputLineRecord {
    Stream stream = Stream::Stdout;
    uint64_t begin = 0; // byte offsets in output
    uint64_t end = 0;   // without the newline
    uint64_t event = 0; // the Output event that wrote its first byte
};

struct Keyframe {
    uint64_t index; // the state after applying events [0, index]
    Machine state;
};

struct RecordingData {
    EventStore events;
    StringTable strings;
    std::string output;
    std::vector<TaskRecord> tasks;     // by TaskId - 1
    std::vector<HandleRecord> handles; // by HandleId - 1
    std::vector<FrameRecord> frames;   // by FrameId - 1
    std::vector<SyncRecord> syncs;     // by SyncId - 1
    std::vector<ThreadRecord> threads; // by ThreadId
    std::vector<WaitInfo> waits;       // by index - 1 (Await events' b)
    std::vector<StackEntry> stack_entries;
    std::vector<uint32_t> stack_starts{0, 0}; // stack id i is [starts[i], starts[i+1]); id 0 empty
    uint32_t future_count = 0;

    // Derived when the run ends (Recording::finalize).
    std::vector<Keyframe> keyframes;
    std::vector<CallbackRecord> callbacks;
    std::vector<OutputLineRecord> output_lines;
};

} // namespace loopstep::record
