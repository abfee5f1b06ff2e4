#pragma once

#include <string>
#include <string_view>

namespace archboard::text {

// True for the characters XML 1.0 documents may contain: tab, LF, CR,
// U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. Not the other C0
// controls (U+0000 included), surrogates, U+FFFE or U+FFFF.
bool isXmlChar(char32_t code);

// UTF-8 `text` with each character XML 1.0 cannot hold, and each invalid
// byte, replaced by U+FFFD (docs/file-format.md, "User text in exports").
// Markup is left alone: for a whole document whose markup is already right.
std::string xmlSafe(std::string_view text);

// User text as XML character data or an attribute value (either quote):
// `& < > " '` and tab, LF and CR as references, the rest as xmlSafe().
std::string escapeXml(std::string_view text);

} // namespace archboard::text
