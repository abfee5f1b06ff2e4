#pragma once

#include "designargument.h"
#include "sourceddesign.h"

#include <string_view>

namespace archboard::source {

// A v1 design as a JSON file: refused before reading when it is over the
// size limit, then converted from its bytes (model/json).
SourcedDesign readJsonFile(const DesignArgument& argument, const ReadOptions& options);

// Any bytes may be a JSON design: the reader says what is wrong with them.
bool mayBeJson(std::string_view head);

} // namespace archboard::source
