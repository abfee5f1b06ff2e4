#pragma once

#include <nlohmann/json.hpp>

namespace archboard {

// Unknown keys are kept as JSON objects in the order they were read.
using Json = nlohmann::ordered_json;

} // namespace archboard
