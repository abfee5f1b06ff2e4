#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace archboard::text {

// What stands in for a character an output cannot hold: visible in every
// font and viewer, and what a reader of any format expects to see there.
inline constexpr char32_t kReplacement = U'\uFFFD';

// The character starting at `pos`, advancing `pos` past it. An invalid,
// overlong or truncated sequence, or an encoded surrogate, yields
// kReplacement and advances one byte, so every bad byte shows as one mark.
char32_t decodeUtf8(std::string_view text, std::size_t& pos);

void appendUtf8(std::string& out, char32_t code);

// `text` with every character `allowed` refuses, and every invalid byte,
// replaced by kReplacement; the rest is copied as it is.
std::string replaceDisallowed(std::string_view text, bool (*allowed)(char32_t));

} // namespace archboard::text
