#pragma once

#include "json.h"
#include "kinds.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace archboard {

// The prompt's numbers. An absent requirement was not stated.
struct Requirements {
    std::optional<std::int64_t> dau;
    std::optional<double> peakReadRps, peakWriteRps, payloadBytes, latencyP99Ms;
    std::optional<double> availability; // percent: 99.9
    std::optional<archboard::Consistency> consistency;
    std::optional<archboard::Durability> durability;
    std::optional<std::int64_t> regions;
    std::optional<double> retentionDays;
    std::optional<std::vector<std::string>> functional, nonGoals;
    Json extra = Json::object();

    bool operator==(const Requirements&) const = default;
};

struct DesignInfo {
    std::string id; // names the design across files and versions; not an element id
    std::string title;
    std::string prompt;
    Requirements requirements;
    Json extra = Json::object();

    bool operator==(const DesignInfo&) const = default;
};

} // namespace archboard
