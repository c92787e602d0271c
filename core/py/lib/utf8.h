// UTF-8 to and from code points for the lib building blocks. A Python str may hold lone
// surrogates, which the interpreter keeps in generalized UTF-8 (U+D800 as ED A0 80), so the
// decoder accepts them; a byte that starts no well-formed sequence decodes to itself.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace loopstep::py {

std::u32string decode_utf8_lenient(std::string_view utf8);
std::string encode_utf8(std::u32string_view code_points);

} // namespace loopstep::py
