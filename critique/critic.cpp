#include "critic.h"

#include "critique/graphindex.h"
#include "critique/rulecatalogue.h"
#include "critique/ruleregistry.h"
#include "critique/technologycatalogue.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <numeric>
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
    const std::string_view target = findingTarget(finding);
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

    // Rules run in id order. Each rule's reports are ordered by target
    // through an index, then every finding is built once, straight into its
    // place: severity first, then rule, then target (findingLess) without
    // comparing rule ids or moving findings around.
    struct RuleRun {
        const Rule* rule;
        std::vector<Report> reports;
        std::vector<std::uint32_t> order; // reports by target, duplicates dropped
        std::vector<Severity> severities;
    };
    std::vector<RuleRun> runs;
    std::array<std::size_t, enumCount<Severity>()> counts{};
    for (const Rule* rule : allRules()) {
        if (!enabled(*rule, design, options))
            continue;
        Reporter reporter;
        rule->evaluate(graph, reporter);
        RuleRun run{rule, std::move(reporter.reports()), {}, {}};
        run.order.resize(run.reports.size());
        std::iota(run.order.begin(), run.order.end(), 0u);
        const auto targetOf = [&run](std::uint32_t i) -> const ElementId& {
            return run.reports[i].target;
        };
        std::sort(run.order.begin(), run.order.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return targetOf(a) < targetOf(b); });
        // A rule fires once per distinct target.
        run.order.erase(std::unique(run.order.begin(), run.order.end(),
                                    [&](std::uint32_t a, std::uint32_t b) {
                                        return targetOf(a) == targetOf(b);
                                    }),
                        run.order.end());
        run.severities.resize(run.reports.size());
        for (const std::uint32_t i : run.order) {
            run.severities[i] = severityFor(*rule, run.reports[i], design, options);
            ++counts[static_cast<std::size_t>(run.severities[i])];
        }
        runs.push_back(std::move(run));
    }

    std::vector<Finding> findings;
    findings.reserve(counts[0] + counts[1] + counts[2]);
    for (std::size_t severity = 0; severity < counts.size(); ++severity) {
        for (RuleRun& run : runs) {
            const RuleText* text = RuleCatalogue::builtIn().text(run.rule->id());
            const std::string_view title = run.rule->title();
            const auto accepted = suppressions.find(run.rule->id());
            for (const std::uint32_t i : run.order) {
                if (static_cast<std::size_t>(run.severities[i]) != severity)
                    continue;
                Report& report = run.reports[i];
                Finding& finding = findings.emplace_back();
                finding.rule = run.rule->id();
                finding.category = run.rule->category();
                finding.severity = run.severities[i];
                if (!report.target.empty())
                    finding.targets.push_back(std::move(report.target));
                finding.title = title;
                finding.message = std::move(report.message);
                finding.fix = text ? std::string_view(text->fix) : std::string_view();
                if (accepted != suppressions.end())
                    accept(finding, accepted->second);
            }
        }
    }
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
