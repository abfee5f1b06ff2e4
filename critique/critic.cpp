#include "critic.h"

#include "critique/findinggroups.h"
#include "critique/graphindex.h"
#include "critique/rulecatalogue.h"
#include "critique/ruleregistry.h"
#include "critique/technologycatalogue.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>
#include <utility>

namespace archboard {

namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool selected(const Rule& rule, const std::vector<std::string>& only) {
    return only.empty() || contains(only, rule.id()) || contains(only, rule.category());
}

// A rule the user turned off still runs on a design that sets its severity:
// the design speaks of it, and its settings win.
bool enabled(const Rule& rule, const DesignData& design, const CritiqueOptions& options) {
    const bool designSpeaks = design.critique.severity.contains(std::string(rule.id()));
    return selected(rule, options.only) && !contains(design.critique.disabled, rule.id()) &&
           (designSpeaks || !contains(options.userDisabled, rule.id()));
}

// The design's override for a rule, else the user's; reports without either
// take the rule's escalation or its default.
std::optional<Severity> overrideFor(const Rule& rule, const DesignData& design,
                                    const CritiqueOptions& options) {
    const std::string id(rule.id());
    if (const auto it = design.critique.severity.find(id); it != design.critique.severity.end())
        return it->second;
    if (const auto it = options.userSeverity.find(id); it != options.userSeverity.end())
        return it->second;
    return std::nullopt;
}

void accept(Finding& finding, const std::vector<const Suppression*>& suppressions) {
    for (const Suppression* suppression : suppressions) {
        if (suppression->target == finding.target) {
            finding.accepted = true;
            finding.reason = suppression->reason;
        }
    }
}

// A rule's reports in target order (byte order, the design's own report
// first), one per distinct target. Large designs report tens of thousands
// of targets per rule, so this is a radix sort on each id's first eight
// bytes, linear in the reports; only ids that share all eight are compared.
struct TargetKey {
    std::uint64_t prefix; // the first 8 bytes, big-endian, zero-padded
    std::uint32_t report;
};

void orderByTarget(std::span<const Report> reports, std::vector<TargetKey>& keyed,
                   std::vector<TargetKey>& scratch, std::vector<std::uint32_t>& order) {
    const std::size_t count = reports.size();
    keyed.resize(count);
    std::array<std::array<std::uint32_t, 256>, 8> histogram{};
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::string_view target = reports[i].target;
        std::uint64_t prefix = 0;
        for (std::size_t b = 0; b < 8; ++b)
            prefix =
                (prefix << 8) | (b < target.size() ? static_cast<unsigned char>(target[b]) : 0u);
        keyed[i] = {prefix, i};
        for (std::size_t digit = 0; digit < 8; ++digit)
            ++histogram[digit][(prefix >> (8 * digit)) & 0xff];
    }
    // Least significant byte first; each pass is stable, so equal prefixes
    // stay in report order. Bytes every id shares need no pass.
    scratch.resize(count);
    for (std::size_t digit = 0; digit < 8; ++digit) {
        auto& buckets = histogram[digit];
        if (std::find(buckets.begin(), buckets.end(), count) != buckets.end())
            continue;
        std::uint32_t start = 0;
        for (auto& bucket : buckets)
            start += std::exchange(bucket, start);
        for (const TargetKey& entry : keyed)
            scratch[buckets[(entry.prefix >> (8 * digit)) & 0xff]++] = entry;
        keyed.swap(scratch);
    }
    // Ids hold no zero bytes, so a shared prefix means the same id, or ids of
    // eight bytes or more that the rest of their bytes must order.
    const auto targetOf = [&reports](const TargetKey& entry) -> const ElementId& {
        return reports[entry.report].target;
    };
    for (std::size_t begin = 0; begin < count;) {
        std::size_t end = begin + 1;
        while (end < count && keyed[end].prefix == keyed[begin].prefix)
            ++end;
        if (end - begin > 1 && targetOf(keyed[begin]).size() >= 8)
            std::stable_sort(
                keyed.begin() + static_cast<std::ptrdiff_t>(begin),
                keyed.begin() + static_cast<std::ptrdiff_t>(end),
                [&](const TargetKey& a, const TargetKey& b) { return targetOf(a) < targetOf(b); });
        begin = end;
    }
    order.clear();
    for (std::size_t k = 0; k < count; ++k) {
        // A rule fires once per distinct target: its first report of it.
        if (k > 0 && keyed[k].prefix == keyed[k - 1].prefix &&
            targetOf(keyed[k]) == targetOf(keyed[k - 1]))
            continue;
        order.push_back(keyed[k].report);
    }
}

// The catalogue fix that fits a report: the rule's choice, else the one for
// its target component's kind where the catalogue has one (a balancer is not
// fixed the way a store is), else the rule's general fix.
std::string_view fixKeyFor(const Report& report, const RuleText* text, const GraphIndex& graph) {
    if (!report.fix.empty() || !text || text->fixes.empty() || report.target.empty())
        return report.fix;
    const std::optional<GraphIndex::Index> i = graph.indexOf(report.target);
    if (!i)
        return {};
    const std::string_view kind = toString(graph.kind(*i));
    return text->hasFixFor(kind) ? kind : std::string_view();
}

// One rule's part of a run, kept with its memory for the next run.
struct RuleRun {
    const Rule* rule = nullptr;
    bool enabled = false;
    Reporter reporter;
    std::vector<std::uint32_t> order; // reports by target, duplicates dropped
    std::vector<Severity> severities;
};

} // namespace

struct Critic::Workspace {
    explicit Workspace(const TechnologyCatalogue& catalogue)
        : catalogue(catalogue) {
        for (const Rule* rule : allRules())
            runs.emplace_back().rule = rule;
    }

    const TechnologyCatalogue& catalogue;
    GraphIndex graph;
    std::vector<RuleRun> runs; // one per rule, in id order
    std::vector<TargetKey> keyed, keyedScratch;
    std::vector<Finding> findings;
};

Critic::Critic()
    : Critic(TechnologyCatalogue::builtIn()) {
}

Critic::Critic(const TechnologyCatalogue& catalogue)
    : m_workspace(std::make_unique<Workspace>(catalogue)) {
}

Critic::~Critic() = default;

const std::vector<Finding>& Critic::findings() const {
    return m_workspace->findings;
}

std::vector<Finding> Critic::takeFindings() {
    return std::exchange(m_workspace->findings, {});
}

const std::vector<Finding>& Critic::run(const DesignData& design, const CritiqueOptions& options) {
    Workspace& work = *m_workspace;
    work.graph.build(design, work.catalogue);

    // Suppressions by rule, then target ("" for the whole design).
    std::unordered_map<std::string_view, std::vector<const Suppression*>> suppressions;
    for (const Suppression& suppression : design.critique.suppressions)
        suppressions[suppression.rule].push_back(&suppression);

    // Rules run in id order. Each rule's reports are ordered by target
    // through an index, then every finding is built once, straight into its
    // place: severity first, then rule, then target (findingLess) without
    // comparing rule ids or moving findings around.
    std::array<std::size_t, enumCount<Severity>()> counts{};
    for (RuleRun& run : work.runs) {
        run.reporter.clear();
        run.enabled = enabled(*run.rule, design, options);
        if (!run.enabled)
            continue;
        run.rule->evaluate(work.graph, run.reporter);
        const std::span<const Report> reports = run.reporter.reports();
        orderByTarget(reports, work.keyed, work.keyedScratch, run.order);
        const std::optional<Severity> override = overrideFor(*run.rule, design, options);
        run.severities.resize(reports.size());
        for (const std::uint32_t i : run.order) {
            run.severities[i] =
                override.value_or(reports[i].severity.value_or(run.rule->defaultSeverity()));
            ++counts[static_cast<std::size_t>(run.severities[i])];
        }
    }

    // Findings are filled in place, trading strings with the reports, so
    // both keep memory for the next run.
    std::vector<Finding>& findings = work.findings;
    findings.resize(counts[0] + counts[1] + counts[2]);
    std::size_t next = 0;
    for (std::size_t severity = 0; severity < counts.size(); ++severity) {
        for (RuleRun& run : work.runs) {
            if (!run.enabled)
                continue;
            const auto accepted = suppressions.find(run.rule->id());
            const RuleText* text = RuleCatalogue::builtIn().text(run.rule->id());
            for (const std::uint32_t i : run.order) {
                if (static_cast<std::size_t>(run.severities[i]) != severity)
                    continue;
                Report& report = run.reporter.reports()[i];
                Finding& finding = findings[next++];
                finding.rule = run.rule->id();
                finding.severity = run.severities[i];
                finding.fixKey = fixKeyFor(report, text, work.graph);
                // Ids are short and copy within the string itself; a
                // message trades its memory.
                finding.target.assign(report.target);
                finding.message.swap(report.message);
                finding.cause.assign(report.cause);
                finding.accepted = false;
                finding.reason.clear();
                if (accepted != suppressions.end())
                    accept(finding, accepted->second);
            }
        }
    }
    return findings;
}

std::vector<Finding> critique(const DesignData& design, const CritiqueOptions& options) {
    return critique(design, options, TechnologyCatalogue::builtIn());
}

std::vector<Finding> critique(const DesignData& design, const CritiqueOptions& options,
                              const TechnologyCatalogue& catalogue) {
    Critic critic(catalogue);
    critic.run(design, options);
    return critic.takeFindings();
}

CritiqueSummary summarize(const std::vector<Finding>& findings) {
    return summarize(findings, FindingGroups(findings));
}

CritiqueSummary summarize(const std::vector<Finding>& findings, const FindingGroups& groups) {
    CritiqueSummary summary;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const Finding& finding = findings[groups.members(g).front()];
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
