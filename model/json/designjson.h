#pragma once

#include "../designdata.h"
#include "../problem.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace archboard {

// Limits of the v1 format.
namespace limits {
inline constexpr std::uintmax_t kMaxFileBytes = 268'435'456; // 256 MiB
inline constexpr std::size_t kMaxComponents = 200'000;
inline constexpr std::size_t kMaxConnections = 1'000'000;
inline constexpr std::size_t kMaxArrayElements = 1'000'000;
inline constexpr std::size_t kMaxStringBytes = 65'536;
inline constexpr int kMaxNesting = 64;
inline constexpr std::size_t kMaxMessages = 100;
} // namespace limits

struct LoadResult {
    std::optional<DesignData> design; // set only when there are no problems
    Problems problems;                // in an order that depends only on the input
    // 1-based line where each element's object begins, for locating findings.
    std::unordered_map<std::string, int> elementLines;

    bool ok() const { return design.has_value(); }
};

// Parses and validates a v1 design from bytes. Never throws on bad input.
LoadResult readDesignJson(std::string_view bytes);

// Validates a design already parsed into a JSON tree (from a document's
// stored form): the same checks as readDesignJson, without line numbers.
LoadResult readDesignTree(const Json& root);

// The canonical bytes of the Output section: same design, same bytes.
std::string writeDesignJson(const DesignData& design);

// The design as the JSON tree those bytes are written from: known keys in
// the format's order, then unknown keys in the order read.
Json designToJson(const DesignData& design);
// The same without the element arrays; and one element as written.
Json designHeaderToJson(const DesignData& design);
Json elementToJson(const Component& element);
Json elementToJson(const Connection& element);
Json elementToJson(const Group& element);
Json elementToJson(const Note& element);
Json elementToJson(const Annotation& element);

// Any JSON value laid out as the Output section says (2-space indent, one
// member per line, a final LF).
std::string writeJsonText(const Json& value);

} // namespace archboard
