#pragma once

#include "critique/rule.h"

#include <span>
#include <string_view>
#include <vector>

namespace archboard {

// Every rule of this build, sorted by id.
std::span<const Rule* const> allRules();
const Rule* findRule(std::string_view id);

} // namespace archboard
