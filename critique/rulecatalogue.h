#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archboard {

// What the catalogue says about one rule, for people: resources/catalogue/rules.json.
struct RuleText {
    std::string id;
    std::string title;
    std::string why;      // why it matters, one paragraph for a candidate
    std::string fix;      // how to fix it
    std::string followUp; // the question an interviewer asks next
    // Fixes that fit a target's situation better than `fix`, by a key the
    // rule gives (a component kind such as `load_balancer`, or a situation
    // such as `payment`), sorted by key.
    std::vector<std::pair<std::string, std::string>> fixes;

    // The fix for that key, else the general one.
    std::string_view fixFor(std::string_view key) const;
    bool hasFixFor(std::string_view key) const;
};

class RuleCatalogue {
public:
    // Parses and validates; the catalogue is empty when there are problems.
    static RuleCatalogue parse(std::string_view json, std::vector<std::string>& problems);
    static const RuleCatalogue& builtIn();

    const std::vector<RuleText>& texts() const { return m_texts; } // sorted by id
    const RuleText* text(std::string_view ruleId) const;

private:
    std::vector<RuleText> m_texts;
};

} // namespace archboard
