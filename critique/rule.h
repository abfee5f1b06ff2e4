#pragma once

#include "critique/graphindex.h"
#include "critique/requestroot.h" // for rules that name a root as their cause
#include "model/critiquesettings.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace archboard {

// What a rule reports: a target (or none) and a message in the design's own
// names. The critic adds the rest of the finding.
struct Report {
    ElementId target; // empty for a finding about the whole design
    std::string message;
    std::optional<Severity> severity; // a rule's escalation, else its default
    // The catalogue fix that fits this target (RuleText::fixes); empty for
    // the general one, or the target component's kind where the catalogue
    // has a fix for it. Static text only: reports outlive no rule.
    std::string_view fix;
    // What the report shares with others of its rule (docs/spec/rules.md
    // "Causes"): a caller, a root. Empty: a cause of its own.
    ElementId cause;
};

// Collects a rule's reports. Cleared for the next run, it keeps its reports'
// memory: their texts are written into the strings of the run before, so
// re-running the critic over a large design allocates almost nothing new.
class Reporter {
public:
    void aboutDesign(std::string message) { add({}, std::move(message), std::nullopt, {}); }
    void about(std::string_view target, std::string message,
               std::optional<Severity> severity = std::nullopt, std::string_view fix = {}) {
        add(target, std::move(message), severity, fix);
    }
    // A report whose message the rule then writes in place, into the string
    // of an earlier run's report: for rules that report on much of a large
    // design, where building each message apart and handing it over would
    // allocate and free it every run.
    std::string& write(std::string_view target, std::optional<Severity> severity = std::nullopt,
                       std::string_view fix = {}) {
        // Room for a sentence or two: the string traded in from the run
        // before may have held a shorter message, and growing it step by
        // step as the rule appends costs more than one allocation.
        constexpr std::size_t kSentences = 256;
        Report& report = next(target, severity, fix);
        report.message.clear();
        report.message.reserve(kSentences);
        return report.message;
    }
    // The last report's cause: reports of one rule with one cause are one
    // finding to people (critique/findinggroups.h).
    void causedBy(std::string_view cause) { m_reports[m_count - 1].cause.assign(cause); }

    std::span<Report> reports() { return {m_reports.data(), m_count}; }
    void clear() { m_count = 0; }

private:
    Report& next(std::string_view target, std::optional<Severity> severity, std::string_view fix) {
        if (m_count == m_reports.size())
            m_reports.emplace_back();
        Report& report = m_reports[m_count++];
        report.target.assign(target);
        report.severity = severity;
        report.fix = fix;
        report.cause.clear();
        return report;
    }
    void add(std::string_view target, std::string&& message, std::optional<Severity> severity,
             std::string_view fix) {
        Report& report = next(target, severity, fix);
        if (report.message.capacity() >= message.size())
            report.message.assign(message);
        else
            report.message = std::move(message);
    }

    std::vector<Report> m_reports; // this run's first, then spares from earlier runs
    std::size_t m_count = 0;
};

// One check of the catalogue (docs/spec/rules.md). A rule reads the design only
// through the GraphIndex and reports what it finds; it never sees settings.
class Rule {
public:
    Rule(std::string_view id, Severity severity)
        : m_id(id)
        , m_severity(severity) {}
    virtual ~Rule() = default;
    Rule(const Rule&) = delete;
    Rule& operator=(const Rule&) = delete;

    std::string_view id() const { return m_id; }
    std::string_view category() const;
    Severity defaultSeverity() const { return m_severity; }
    // From the rule catalogue in resources/.
    std::string_view title() const;

    virtual void evaluate(const GraphIndex& graph, Reporter& reporter) const = 0;

private:
    std::string_view m_id;
    Severity m_severity;
};

// Phrases that rules share.
namespace phrase {
// `"Name"`, the way messages quote a component.
std::string quoted(const GraphIndex& graph, GraphIndex::Index i);
// The same, appended to `text`; returns `text`.
std::string& appendQuoted(std::string& text, const GraphIndex& graph, GraphIndex::Index i);
// `"A", "B" and "C"`.
std::string quotedList(const GraphIndex& graph, std::span<const GraphIndex::Index> indices);
// `the sync connection "Label" (e4) from "A" to "B"`.
std::string connection(const GraphIndex& graph, std::size_t c);
// A percentage with no more digits than it needs: 99.95%.
std::string percent(double value);
// A whole number, rounded: 12000.
std::string number(double value);
// The technology a component names, trimmed.
std::string tech(const GraphIndex& graph, GraphIndex::Index i);
} // namespace phrase

// Requirement checks: an absent requirement never satisfies a comparison.
bool availabilityAtLeast(const GraphIndex& graph, double percent);
bool durabilityIsNoLoss(const GraphIndex& graph);

// A store of record stands behind it: a request-graph path leads to one from
// it or from a component with a request-graph connection to it. A cache
// without one is the only copy of its data.
bool hasStoreBehind(const GraphIndex& graph, GraphIndex::Index i);

// On the request path and ours to make redundant: neither a client nor a
// third party.
bool countsForRedundancy(const GraphIndex& graph, GraphIndex::Index i);

} // namespace archboard
