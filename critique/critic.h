#pragma once

#include "critique/finding.h"
#include "model/designdata.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace archboard {

class TechnologyCatalogue;

struct CritiqueOptions {
    // Rule ids or categories to run; empty runs every rule. Narrows what runs:
    // a rule the design disables stays off.
    std::vector<std::string> only;
    // The user's preferences (the app only). The design's own settings win
    // where both speak of the same rule.
    std::map<std::string, Severity, std::less<>> userSeverity;
    std::vector<std::string> userDisabled;
};

struct CritiqueSummary {
    int errors = 0; // open findings only
    int warnings = 0;
    int infos = 0;
    int accepted = 0; // of any severity
};

// Runs every enabled rule over `design` and returns the findings in the
// catalogue's order (findingLess), with severities after overrides and
// suppressions applied. `design` must be valid, as the reader guarantees.
std::vector<Finding> critique(const DesignData& design, const CritiqueOptions& options = {});
std::vector<Finding> critique(const DesignData& design, const CritiqueOptions& options,
                              const TechnologyCatalogue& catalogue);

CritiqueSummary summarize(const std::vector<Finding>& findings);

// Whether `selector` names a rule id or a category of this build.
bool isKnownRuleSelector(std::string_view selector);

} // namespace archboard
