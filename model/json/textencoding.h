#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace archboard {

// Offset of the first byte that is not part of well-formed UTF-8, if any.
std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes);

// True when the bytes begin as UTF-16 or UTF-32 text would: a byte order
// mark, or a zero byte.
bool looksLikeUtf16Or32(std::string_view bytes);

} // namespace archboard
