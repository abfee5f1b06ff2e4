#pragma once

#include "critique/graphindex.h"
#include "model/critiquesettings.h"

#include <optional>
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
};

class Reporter {
public:
    void aboutDesign(std::string message) { m_reports.push_back({{}, std::move(message), {}}); }
    void about(const ElementId& target, std::string message,
               std::optional<Severity> severity = std::nullopt) {
        m_reports.push_back({target, std::move(message), severity});
    }

    std::vector<Report>& reports() { return m_reports; }

private:
    std::vector<Report> m_reports;
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
// `"A", "B" and "C"`.
std::string quotedList(const GraphIndex& graph, const std::vector<GraphIndex::Index>& indices);
// `the sync connection "Label" (e4) from "A" to "B"`.
std::string connection(const GraphIndex& graph, std::size_t c);
// A percentage with no more digits than it needs: 99.95%.
std::string percent(double value);
} // namespace phrase

// Requirement checks: an absent requirement never satisfies a comparison.
bool availabilityAtLeast(const GraphIndex& graph, double percent);
bool durabilityIsNoLoss(const GraphIndex& graph);

} // namespace archboard
