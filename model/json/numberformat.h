#pragma once

#include <string>

namespace archboard {

// An integral value as a plain integer (`100`, not `100.0` or `1e2`); any
// other number in the shortest form that reads back as the same double.
std::string formatNumber(double value);

// True when `value` is written as a plain integer.
bool isPlainInteger(double value);

} // namespace archboard
