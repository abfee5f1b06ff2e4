#pragma once

#include "model/design.h"

#include <optional>
#include <string_view>

namespace archboard {

// A new element for a palette token: a component kind ("cache"),
// "group:region", "group:zone", "group:boundary" or "note", centred on `at`,
// with a fresh id and a default name. Empty for an unknown token.
std::optional<AnyElement> newElementForToken(const Design& design, std::string_view token,
                                             Position at);

// Default size of a new group.
inline constexpr double kNewGroupWidth = 400;
inline constexpr double kNewGroupHeight = 240;

} // namespace archboard
