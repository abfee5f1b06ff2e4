#pragma once

#include "model/design.h"

#include <string_view>
#include <unordered_set>

namespace archboard {

// An id that neither `design` nor `taken` uses, made from `base` ("cache",
// then "cache-2", "cache-3", …). Characters outside [A-Za-z0-9_.-] become '-'.
ElementId uniqueElementId(const Design& design, std::string_view base,
                          const std::unordered_set<ElementId>& taken = {});

} // namespace archboard
