#pragma once

#include "critique/finding.h"
#include "model/designdata.h"

#include <map>
#include <memory>
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

// Counts causes, not targets: each group of findings (findinggroups.h) once.
struct CritiqueSummary {
    int errors = 0; // open findings only
    int warnings = 0;
    int infos = 0;
    int accepted = 0; // of any severity
};

// Runs every enabled rule over a design and gives the findings in the
// catalogue's order (findingLess), with severities after overrides and
// suppressions applied. The design must be valid, as the reader guarantees.
//
// The app re-runs the critic on every edit: a Critic keeps the memory of one
// run (the graph index, each rule's reports, the findings) for the next, so a
// re-run fills arrays it already has instead of allocating and faulting in
// fresh ones, which on large designs costs as much as the rules themselves.
class Critic {
public:
    Critic(); // with the built-in technology catalogue
    explicit Critic(const TechnologyCatalogue& catalogue);
    ~Critic();
    Critic(const Critic&) = delete;
    Critic& operator=(const Critic&) = delete;

    // The findings stay valid until the next run.
    const std::vector<Finding>& run(const DesignData& design, const CritiqueOptions& options = {});
    const std::vector<Finding>& findings() const;
    // Hands over the last run's findings, leaving none.
    std::vector<Finding> takeFindings();

private:
    struct Workspace;
    std::unique_ptr<Workspace> m_workspace;
};

// One run, for a design critiqued once.
std::vector<Finding> critique(const DesignData& design, const CritiqueOptions& options = {});
std::vector<Finding> critique(const DesignData& design, const CritiqueOptions& options,
                              const TechnologyCatalogue& catalogue);

class FindingGroups;
CritiqueSummary summarize(const std::vector<Finding>& findings);
CritiqueSummary summarize(const std::vector<Finding>& findings, const FindingGroups& groups);

// Whether `selector` names a rule id or a category of this build.
bool isKnownRuleSelector(std::string_view selector);

} // namespace archboard
