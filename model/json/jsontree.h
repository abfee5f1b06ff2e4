#pragma once

#include "../json.h"
#include "../problem.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archboard {

// The JSON text as a tree, checked against the format's general rules:
// UTF-8, valid JSON, no repeated key, no number too large for a double,
// nesting, string and array limits. Values that broke a rule are kept as
// `discarded` so later checks skip them instead of reporting them twice.
struct JsonTree {
    std::optional<Json> root; // absent when the bytes could not be parsed
    Problems problems;
    // For each top-level array (`components`, …): the 1-based line on which
    // each of its object elements begins.
    std::map<std::string, std::vector<int>, std::less<>> elementLines;
};

JsonTree parseJsonTree(std::string_view bytes);

} // namespace archboard
