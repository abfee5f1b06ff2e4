#pragma once

#include <string>
#include <string_view>

namespace archboard::text {

// True for characters a plain-text report may show as they are: not the C0
// controls (tab and LF included: user text stays on its line), DEL, the C1
// controls (U+0080–U+009F, which some terminals obey as escapes), U+FFFE
// or U+FFFF.
bool isPrintableChar(char32_t code);

// User text for a terminal or a text report: each character isPrintableChar
// refuses, and each invalid byte, replaced by U+FFFD, so a name can neither
// move the cursor, recolour the screen nor break the report's layout.
std::string printableText(std::string_view text);

} // namespace archboard::text
