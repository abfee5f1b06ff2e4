#pragma once

#include <string>
#include <string_view>

namespace archboard {

// Components, connections, groups, notes and annotations share one id space.
using ElementId = std::string;

// 1-64 characters of [A-Za-z0-9_.-].
bool isValidElementId(std::string_view id);

} // namespace archboard
