#pragma once

#include "../designdata.h"

#include <string>
#include <unordered_map>
#include <utility>

namespace archboard {

// What a person calls each element of two versions of a design (the newer
// wins where both have it): a component or group by its name, a connection
// as "From → To" in its ends' names. The id stands in for a missing name,
// and follows a name two elements share, so every element reads as itself.
// Diffs shown to people (the CLI's text, Version History) name elements so.
class ElementNames {
public:
    ElementNames(const DesignData& older, const DesignData& newer);

    std::string of(const std::string& id) const;

private:
    std::string plain(const std::string& id) const;

    std::unordered_map<std::string, std::string> m_names;
    std::unordered_map<std::string, int> m_uses;
    std::unordered_map<std::string, std::pair<std::string, std::string>> m_connections;
};

} // namespace archboard
