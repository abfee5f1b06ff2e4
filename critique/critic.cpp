#include "critic.h"

#include "critique/graphindex.h"
#include "critique/rulecatalogue.h"
#include "critique/ruleregistry.h"
#include "critique/technologycatalogue.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <unordered_map>

namespace archboard {

namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool selected(const Rule& rule, const std::vector<std::string>& only) {
    return only.empty() || contains(only, rule.id()) || contains(only, rule.category());
}

bool enabled(const Rule& rule, const DesignData& design, const CritiqueOptions& options) {
    return selected(rule, options.only) && !contains(design.critique.disabled, rule.id()) &&
           !contains(options.userDisabled, rule.id());
}

Severity severityFor(const Rule& rule, const Report& report, const DesignData& design,
                     const CritiqueOptions& options) {
    const std::string id(rule.id());
    if (const auto it = design.critique.severity.find(id); it != design.critique.severity.end())
        return it->second;
    if (const auto it = options.userSeverity.find(id); it != options.userSeverity.end())
        return it->second;
    return report.severity.value_or(rule.defaultSeverity());
}

void accept(Finding& finding, const std::vector<const Suppression*>& suppressions) {
    const std::string_view target =
        finding.targets.empty() ? std::string_view() : std::string_view(finding.targets.front());
    for (const Suppression* suppression : suppressions) {
        if (suppression->target == target) {
            finding.accepted = true;
            finding.reason = suppression->reason;
        }
    }
}

} // namespace

std::vector<Finding> critique(const DesignData& design, const CritiqueOptions& options) {
    return critique(design, options, TechnologyCatalogue::builtIn());
}

std::vector<Finding> critique(const DesignData& design, const CritiqueOptions& options,
                              const TechnologyCatalogue& catalogue) {
    const GraphIndex graph(design, catalogue);

    // Suppressions by rule, then target ("" for the whole design).
    std::unordered_map<std::string_view, std::vector<const Suppression*>> suppressions;
    for (const Suppression& suppression : design.critique.suppressions)
        suppressions[suppression.rule].push_back(&suppression);

    // Rules run in id order; each rule's findings are sorted by target and
    // dealt into severity buckets, which gives findingLess order without
    // comparing rule ids.
    std::array<std::vector<Finding>, enumCount<Severity>()> bySeverity;
    for (const Rule* rule : allRules()) {
        if (!enabled(*rule, design, options))
            continue;
        Reporter reporter;
        rule->evaluate(graph, reporter);
        const RuleText* text = RuleCatalogue::builtIn().text(rule->id());
        const auto accepted = suppressions.find(rule->id());
        std::vector<Finding> findings;
        findings.reserve(reporter.reports().size());
        for (Report& report : reporter.reports()) {
            Finding& finding = findings.emplace_back();
            finding.rule = rule->id();
            finding.category = rule->category();
            finding.severity = severityFor(*rule, report, design, options);
            if (!report.target.empty())
                finding.targets.push_back(std::move(report.target));
            finding.title = text ? std::string_view(text->title) : rule->id();
            finding.message = std::move(report.message);
            finding.fix = text ? std::string_view(text->fix) : std::string_view();
            if (accepted != suppressions.end())
                accept(finding, accepted->second);
        }
        std::sort(findings.begin(), findings.end(),
                  [](const Finding& a, const Finding& b) { return a.targets < b.targets; });
        // A rule fires once per distinct target set.
        findings.erase(
            std::unique(findings.begin(), findings.end(),
                        [](const Finding& a, const Finding& b) { return a.targets == b.targets; }),
            findings.end());
        for (Finding& finding : findings)
            bySeverity[static_cast<std::size_t>(finding.severity)].push_back(std::move(finding));
    }
    std::vector<Finding> findings;
    findings.reserve(bySeverity[0].size() + bySeverity[1].size() + bySeverity[2].size());
    for (auto& bucket : bySeverity)
        std::move(bucket.begin(), bucket.end(), std::back_inserter(findings));
    return findings;
}

CritiqueSummary summarize(const std::vector<Finding>& findings) {
    CritiqueSummary summary;
    for (const Finding& finding : findings) {
        if (finding.accepted)
            ++summary.accepted;
        else if (finding.severity == Severity::Error)
            ++summary.errors;
        else if (finding.severity == Severity::Warning)
            ++summary.warnings;
        else
            ++summary.infos;
    }
    return summary;
}

bool isKnownRuleSelector(std::string_view selector) {
    const auto rules = allRules();
    return std::any_of(rules.begin(), rules.end(), [selector](const Rule* rule) {
        return rule->id() == selector || rule->category() == selector;
    });
}

} // namespace archboard
