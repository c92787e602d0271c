// See native_lines.h. The active scopes are one list per OS thread; simulated threads share it
// safely because a scope is matched by its caller frame, which belongs to one thread only.
#include "core/py/native_lines.h"

#include "core/py/frame.h"

#include <vector>

namespace loopstep::py {

namespace {

struct Active {
    const Frame* caller;
    std::span<const NativeLine> lines;
};

thread_local std::vector<Active> tl_active;
// Every line ever shown, for native_line_text (a few static arrays).
thread_local std::vector<std::span<const NativeLine>> tl_known;

} // namespace

NativeLinesScope::NativeLinesScope(const Frame* caller, std::span<const NativeLine> lines)
    : caller_(caller) {
    tl_active.push_back({caller, lines});
    for (const auto& k : tl_known)
        if (k.data() == lines.data()) return;
    tl_known.push_back(lines);
}

// Not simply the last one: another simulated thread may have entered its own scope meanwhile.
NativeLinesScope::~NativeLinesScope() {
    for (auto it = tl_active.end(); it != tl_active.begin();) {
        --it;
        if (it->caller == caller_) {
            tl_active.erase(it);
            return;
        }
    }
}

std::span<const NativeLine> native_lines_below(const Frame* f) {
    if (!f || !f->back) return {};
    for (auto it = tl_active.rbegin(); it != tl_active.rend(); ++it)
        if (it->caller == f->back) return it->lines;
    return {};
}

const char* native_line_text(const std::string& filename, int lineno) {
    for (const auto& k : tl_known)
        for (const NativeLine& l : k)
            if (l.lineno == lineno && filename == l.filename) return l.text;
    return nullptr;
}

} // namespace loopstep::py
