#pragma once

#include "model/critiquesettings.h"
#include "model/elementid.h"

#include <string>
#include <string_view>

namespace archboard {

// What the critic says about one target (or the whole design).
// The rule's id is a view of the rule registry, and its category, title and
// fix are looked up from it when asked for: the critic re-runs on every edit,
// large designs get a finding or two per component, and copying those texts,
// or even views of them, into each finding would be much of its work.
struct Finding {
    std::string_view rule; // `category.name`
    Severity severity = Severity::Warning;
    bool accepted = false;
    // The one element it is about (a finding has at most one target); empty
    // for the whole design. Outputs write it as the list `targets`.
    ElementId target;
    // The element the rule names as the cause (a caller, a root), shared by
    // the findings it groups with (findinggroups.h); empty when the finding
    // is a cause of its own.
    ElementId cause;
    std::string message; // in the design's own names: what breaks, for whom
    std::string reason;  // the suppression's reason when accepted
    // Which of the rule's catalogue fixes fits this target (a component kind
    // or a situation the rule names); empty for the rule's general fix. A
    // view of static text, so findings stay cheap to fill.
    std::string_view fixKey;

    std::string_view category() const; // the rule id's part before the dot
    std::string_view title() const;    // from the rule catalogue
    std::string_view fix() const;      // from the rule catalogue, for fixKey

    bool operator==(const Finding&) const = default;
};

// The order every output uses: severity (error first), rule id, then target
// in byte order (the whole design first).
bool findingLess(const Finding& a, const Finding& b);

// The rule id's category: its part before the dot.
std::string_view ruleCategory(std::string_view ruleId);

} // namespace archboard
