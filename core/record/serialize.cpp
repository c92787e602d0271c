// Recording::serialize and Recording::hash: the canonical bytes of a recording, for the
// determinism tests (the same program must give the same bytes, run after run). Every field is
// written explicitly, little-endian, so struct padding and the host never leak into the bytes.
// The derived parts (keyframes, intervals, console lines) are left out: they are functions of
// what is written.
#include "core/py/lib/sha512.h"
#include "core/record/recording.h"
#include "core/record/recording_data.h"

#include <cstring>

namespace loopstep::record {

namespace {

class Writer {
  public:
    std::string out;
    void u8(uint8_t v) { out.push_back(static_cast<char>(v)); }
    void u16(uint16_t v) {
        for (int i = 0; i < 2; ++i) u8(static_cast<uint8_t>(v >> (8 * i)));
    }
    void u32(uint32_t v) {
        for (int i = 0; i < 4; ++i) u8(static_cast<uint8_t>(v >> (8 * i)));
    }
    void u64(uint64_t v) {
        for (int i = 0; i < 8; ++i) u8(static_cast<uint8_t>(v >> (8 * i)));
    }
    void f64(double v) {
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        u64(bits);
    }
    void bytes(std::string_view s) {
        u64(s.size());
        out.append(s);
    }
};

} // namespace

std::string Recording::serialize() const {
    const RecordingData& d = *d_;
    Writer w;
    w.out.reserve(d.events.size() * sizeof(Event) + d.output.size() + 4096);
    w.out.append("loopstep-recording 1\n");
    w.u64(d.strings.size());
    for (StrId i = 0; i < d.strings.size(); ++i) w.bytes(d.strings.get(i));
    w.bytes(d.output);
    w.u64(d.tasks.size());
    for (const TaskRecord& t : d.tasks) {
        w.u32(t.name);
        w.u32(t.coro);
        w.u32(t.parent);
        w.u32(t.future);
        w.u32(static_cast<uint32_t>(t.line));
        w.u64(t.created_at);
    }
    w.u64(d.handles.size());
    for (const HandleRecord& h : d.handles) {
        w.u32(h.label);
        w.u32(h.task);
        w.u8(h.timer ? 1 : 0);
        w.f64(h.when);
    }
    w.u64(d.frames.size());
    for (const FrameRecord& f : d.frames) {
        w.u32(f.function);
        w.u32(f.file);
    }
    w.u64(d.syncs.size());
    for (const SyncRecord& s : d.syncs) {
        w.u8(static_cast<uint8_t>(s.kind));
        w.u32(s.lock);
        w.u32(static_cast<uint32_t>(s.line));
        w.u64(static_cast<uint64_t>(s.initial));
        w.u64(s.created_at);
    }
    w.u64(d.threads.size());
    for (const ThreadRecord& t : d.threads) w.u32(t.name);
    w.u64(d.waits.size());
    for (const WaitInfo& x : d.waits) {
        w.u8(static_cast<uint8_t>(x.kind));
        w.u8(static_cast<uint8_t>(x.op));
        w.u32(x.text);
        w.u32(x.task);
        w.u32(x.future);
        w.u32(x.sync);
        w.f64(x.until);
    }
    w.u64(d.stack_entries.size());
    for (const StackEntry& s : d.stack_entries) {
        w.u32(s.function);
        w.u32(s.file);
        w.u32(static_cast<uint32_t>(s.line));
        w.u8(s.library);
    }
    w.u64(d.stack_starts.size());
    for (uint32_t s : d.stack_starts) w.u32(s);
    w.u32(d.future_count);
    w.u64(d.events.size());
    for (size_t i = 0; i < d.events.size(); ++i) {
        const Event& e = d.events[i];
        w.u8(static_cast<uint8_t>(e.kind));
        w.u8(e.sub);
        w.u16(e.thread);
        w.u32(e.task);
        w.f64(e.time);
        w.u32(e.a);
        w.u32(e.b);
        w.u32(e.c);
        w.u32(e.d);
    }
    return std::move(w.out);
}

std::string Recording::hash() const {
    py::Sha512 sha;
    sha.update(serialize());
    py::Sha512Digest digest = sha.finish();
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (size_t i = 0; i < 16; ++i) {
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 15]);
    }
    return out;
}

} // namespace loopstep::record
