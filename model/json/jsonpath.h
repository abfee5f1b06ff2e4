#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace archboard {

// JSON paths in the notation of the format's messages: keys joined by `.`,
// array elements as `[i]`, and a key not made only of [A-Za-z0-9_] written
// as a JSON string in brackets: `critique.severity["Observe.Tracing"]`.
std::string appendKey(std::string_view path, std::string_view key);
std::string appendIndex(std::string_view path, std::size_t index);

// `"text"` with JSON escapes, for quoting ids and values in messages.
std::string jsonQuoted(std::string_view text);

} // namespace archboard
