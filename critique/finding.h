#pragma once

#include "model/critiquesettings.h"
#include "model/elementid.h"

#include <string>
#include <string_view>
#include <vector>

namespace archboard {

// What the critic says about one target (or the whole design).
// The rule's id, category, title and fix are views of the rule registry and
// catalogue, which live as long as the program: the critic re-runs on every
// edit, and copying those texts into each finding would be most of its work.
struct Finding {
    std::string_view rule;     // `category.name`
    std::string_view category; // the rule id's part before the dot
    Severity severity = Severity::Warning;
    std::vector<ElementId> targets; // at most one; empty for the whole design
    std::string_view title;
    std::string message; // in the design's own names: what breaks, for whom
    std::string_view fix;
    bool accepted = false;
    std::string reason; // the suppression's reason when accepted

    bool operator==(const Finding&) const = default;
};

// The order every output uses: severity (error first), rule id, then targets
// compared id by id in byte order (a prefix first, an empty list first of all).
bool findingLess(const Finding& a, const Finding& b);

// The id of the one element a finding is about; empty for the whole design
// (how suppressions name their target).
inline std::string_view findingTarget(const Finding& finding) {
    return finding.targets.empty() ? std::string_view() : std::string_view(finding.targets.front());
}

// The rule id's category: its part before the dot.
std::string_view ruleCategory(std::string_view ruleId);

} // namespace archboard
