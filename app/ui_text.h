// The interface's strings in English, Korean and Japanese (View > Language). The English text is
// the key, as gettext does it, so a view reads as plain English and a string missing from the
// table still shows, in English. Only the strings the menus and panes show are here; the
// lessons themselves come from lesson_text.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace loopstep::app {

// `key` in `lang` ("en", "ko", "ja"); the key itself when the table has no translation.
const char* tr(std::string_view key, std::string_view lang);

// tr() of a key with "{}" placeholders, filled in order from `args` (a translation may move
// them, since word order differs between the three languages).
std::string trf(std::string_view key, std::string_view lang,
                std::initializer_list<std::string_view> args);

// Whether the table translates `key` into every language (for the tests).
bool has_translation(std::string_view key);

// Every translated string in `lang`, so the font atlas can hold their glyphs in advance.
std::string all_text(std::string_view lang);

} // namespace loopstep::app
