#include "writerate.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace archboard {

std::optional<double> writeRateInto(const GraphIndex& graph, GraphIndex::Index i) {
    return graph.load().writes(i);
}

std::optional<double> bytesPerYearInto(const GraphIndex& graph, GraphIndex::Index i) {
    constexpr double kSecondsPerYear = 365.0 * 24 * 3600;
    const std::optional<double> rate = writeRateInto(graph, i);
    const std::optional<double> payload = graph.requirements().payloadBytes;
    if (!rate || !payload)
        return std::nullopt;
    return *rate * *payload * kSecondsPerYear;
}

std::string bytesPhrase(double bytes) {
    constexpr std::array kUnits{"bytes", "KB", "MB", "GB", "TB", "PB", "EB"};
    std::size_t unit = 0;
    while (bytes >= 1000 && unit + 1 < kUnits.size()) {
        bytes /= 1000;
        ++unit;
    }
    char buffer[32];
    if (bytes < 10 && unit > 0)
        std::snprintf(buffer, sizeof buffer, "%.1f %s", bytes, kUnits[unit]);
    else
        std::snprintf(buffer, sizeof buffer, "%.0f %s", std::round(bytes), kUnits[unit]);
    return buffer;
}

} // namespace archboard
