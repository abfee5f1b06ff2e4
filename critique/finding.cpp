#include "finding.h"

#include "critique/rulecatalogue.h"

namespace archboard {

bool findingLess(const Finding& a, const Finding& b) {
    if (a.severity != b.severity)
        return a.severity < b.severity; // Severity lists error, warning, info
    if (a.rule != b.rule)
        return a.rule < b.rule;
    return a.target < b.target;
}

std::string_view Finding::category() const {
    return ruleCategory(rule);
}

std::string_view Finding::title() const {
    const RuleText* text = RuleCatalogue::builtIn().text(rule);
    return text ? std::string_view(text->title) : rule;
}

std::string_view Finding::fix() const {
    const RuleText* text = RuleCatalogue::builtIn().text(rule);
    return text ? text->fixFor(fixKey) : std::string_view();
}

std::string_view ruleCategory(std::string_view ruleId) {
    return ruleId.substr(0, ruleId.find('.'));
}

} // namespace archboard
