#include "numberformat.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace archboard {

bool isPlainInteger(double value) {
    // Beyond 2^53 not every integer is a double; known numbers stay far below.
    return std::isfinite(value) && std::trunc(value) == value &&
           std::fabs(value) <= 9007199254740992.0;
}

std::string formatNumber(double value) {
    if (isPlainInteger(value))
        return std::to_string(static_cast<std::int64_t>(value));
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc{} ? std::string(buffer, end) : std::string("NaN");
}

} // namespace archboard
