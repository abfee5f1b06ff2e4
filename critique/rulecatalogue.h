#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace archboard {

// What the catalogue says about one rule, for people: resources/catalogue/rules.json.
struct RuleText {
    std::string id;
    std::string title;
    std::string why;      // why it matters, one paragraph for a candidate
    std::string fix;      // how to fix it
    std::string followUp; // the question an interviewer asks next
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
