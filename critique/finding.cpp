#include "finding.h"

#include <algorithm>

namespace archboard {

bool findingLess(const Finding& a, const Finding& b) {
    if (a.severity != b.severity)
        return a.severity < b.severity; // Severity lists error, warning, info
    if (a.rule != b.rule)
        return a.rule < b.rule;
    return std::lexicographical_compare(a.targets.begin(), a.targets.end(), b.targets.begin(),
                                        b.targets.end());
}

std::string_view ruleCategory(std::string_view ruleId) {
    return ruleId.substr(0, ruleId.find('.'));
}

} // namespace archboard
