#pragma once

#include "elementid.h"
#include "json.h"
#include "kinds.h"

#include <map>
#include <string>
#include <vector>

namespace archboard {

enum class Severity { Error, Warning, Info };

template <> struct EnumTokens<Severity> {
    static constexpr std::array tokens{"error"sv, "warning"sv, "info"sv};
};

struct Suppression {
    std::string rule;
    ElementId target; // "" for a finding about the whole design
    std::string reason;
    Json extra = Json::object();

    bool operator==(const Suppression&) const = default;
};

// The design's own settings for the critic.
struct CritiqueSettings {
    std::vector<Suppression> suppressions;
    std::map<std::string, Severity> severity; // byte order of rule id, as written
    std::vector<std::string> disabled;
    Json extra = Json::object();

    bool operator==(const CritiqueSettings&) const = default;
};

// `category.name`, each side made of [a-z0-9-].
bool isValidRuleId(std::string_view id);

} // namespace archboard
