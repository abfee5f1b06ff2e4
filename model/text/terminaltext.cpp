#include "terminaltext.h"

#include "utf8.h"

namespace archboard::text {

bool isPrintableChar(char32_t code) {
    return code >= 0x20 && !(code >= 0x7F && code <= 0x9F) && code != 0xFFFE && code != 0xFFFF;
}

std::string printableText(std::string_view text) {
    return replaceDisallowed(text, isPrintableChar);
}

} // namespace archboard::text
