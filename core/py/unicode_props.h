// The Unicode character data str's methods need — the classes behind isalpha(), isdigit(),
// isprintable(), isidentifier() and friends, cased / case-ignorable for the Final_Sigma rule, and
// the full case mappings (ß.upper() == 'SS') — as CPython 3.11 (Unicode 14) has them. The tables
// are generated from that CPython by tools/gen_unicode_props.py; ASCII is answered without them.
#pragma once

#include <cstdint>
#include <string>

namespace loopstep::py {

enum UnicodeFlag : uint32_t {
    kUniAlpha = 1u << 0,
    kUniDecimal = 1u << 1,
    kUniDigit = 1u << 2,
    kUniNumeric = 1u << 3,
    kUniPrintable = 1u << 4,
    kUniLower = 1u << 5, // str.islower() of the single character
    kUniUpper = 1u << 6, // str.isupper() of the single character
    kUniTitle = 1u << 7, // category Lt
    kUniCased = 1u << 8,
    kUniCaseIgnorable = 1u << 9,
    kUniXidStart = 1u << 10,
    kUniXidContinue = 1u << 11,
    kUniSpace = 1u << 12,
};

uint32_t unicode_flags(char32_t cp);
inline bool unicode_has(char32_t cp, uint32_t flag) {
    return (unicode_flags(cp) & flag) != 0;
}

enum class CaseMap { Lower = 0, Upper = 1, Title = 2, Fold = 3 };

// Writes the full mapping of cp (one to three code points) to out and returns its length.
int unicode_case_map(char32_t cp, CaseMap which, char32_t out[3]);
// Appends the full mapping of cp, UTF-8 encoded.
void unicode_case_append(std::string& out, char32_t cp, CaseMap which);

} // namespace loopstep::py
