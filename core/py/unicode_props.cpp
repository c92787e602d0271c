// Lookups in the generated Unicode tables: property flags by binary search over runs of equal
// flags, case mappings by binary search over the characters that have one.
#include "core/py/unicode_props.h"

#include "core/py/unicode_digits.h"

#include <algorithm>
#include <iterator>

namespace loopstep::py {

namespace {

struct UnicodeRun {
    char32_t first;
    uint32_t flags;
};
struct CaseEntry {
    char32_t cp;
    int32_t map[4];
};
constexpr int32_t kCaseSpecial = 0x40000000;

#include "core/py/unicode_props_table.inc"

} // namespace

uint32_t unicode_flags(char32_t cp) {
    auto it = std::upper_bound(std::begin(kPropertyRuns), std::end(kPropertyRuns), cp,
                               [](char32_t c, const UnicodeRun& r) { return c < r.first; });
    return (it - 1)->flags;
}

int unicode_case_map(char32_t cp, CaseMap which, char32_t out[3]) {
    auto it = std::lower_bound(std::begin(kCaseEntries), std::end(kCaseEntries), cp,
                               [](const CaseEntry& e, char32_t c) { return e.cp < c; });
    if (it == std::end(kCaseEntries) || it->cp != cp) {
        out[0] = cp;
        return 1;
    }
    int32_t m = it->map[static_cast<int>(which)];
    if (m >= kCaseSpecial) {
        const char32_t* p = kCasePool + (m - kCaseSpecial);
        int n = static_cast<int>(p[0]);
        for (int i = 0; i < n; ++i) out[i] = p[1 + i];
        return n;
    }
    out[0] = static_cast<char32_t>(static_cast<int32_t>(cp) + m);
    return 1;
}

void unicode_case_append(std::string& out, char32_t cp, CaseMap which) {
    char32_t buf[3];
    int n = unicode_case_map(cp, which, buf);
    for (int i = 0; i < n; ++i) utf8_append(out, buf[i]);
}

} // namespace loopstep::py
